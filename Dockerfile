# ProStream container image.
#
#   docker build -t prostream .          (or: podman build --format docker -t prostream .)
#
# Three stages: a minimal ffmpeg/ffprobe compiled from Debian's source package, the app published
# self-contained by the .NET SDK, and a small Debian runtime with both. Base images are build
# arguments so that a machine without a registry can substitute local stand-ins
# (scripts/container-check does exactly that); real builds get the official images.
#
# The runtime defaults to debian:bookworm-slim rather than mcr.microsoft.com/dotnet/runtime-deps:
# the app is self-contained with invariant globalization, so the only runtime dependencies it
# lacks in a slim Debian are ca-certificates, libssl3 and tzdata (installed below), and skipping
# runtime-deps' ICU saves ~36 MB. The .NET 10 runtime-deps images are Ubuntu 24.04 or Debian 13
# (there is no 10.0-bookworm-slim tag); either works as RUNTIME_IMAGE too, e.g.
#   --build-arg RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0-trixie-slim
# (any glibc >= 2.36 base with bash and apt; not a chiseled/distroless one: the health check uses bash).
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG DEBIAN_IMAGE=docker.io/library/debian:bookworm-slim

# ---------------------------------------------------------------------------------------------
# ffmpeg: only what ProStream's playback uses (see docs/operations.md, "The ffmpeg in the image").
FROM ${DEBIAN_IMAGE} AS ffmpeg-source
RUN set -eux; \
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then \
        sed -i 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources; \
    fi; \
    if [ -s /etc/apt/sources.list ]; then \
        sed -n 's/^deb \(.*\)$/deb-src \1/p' /etc/apt/sources.list > /etc/apt/sources.list.d/deb-src.list; \
    fi; \
    apt-get update; \
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        ca-certificates dpkg-dev xz-utils gcc make nasm pkg-config \
        libx264-dev libssl-dev libdav1d-dev zlib1g-dev; \
    mkdir /src; cd /src; \
    apt-get source --only-source --download-only ffmpeg; \
    dpkg-source --no-check -x ffmpeg_*.dsc ffmpeg; \
    rm -f /src/ffmpeg_*

FROM ffmpeg-source AS ffmpeg
# GPL (libx264) with version 3 (OpenSSL 3 is Apache-2.0, compatible with GPLv3 only).
# Libraries are found through an absolute DT_RPATH, so the runtime stage copies them to
# /opt/ffmpeg/lib and they never shadow the base image's own copies.
RUN set -eux; \
    cd /src/ffmpeg; \
    ./configure --prefix=/opt/ffmpeg \
        --extra-ldflags='-Wl,-rpath,/opt/ffmpeg/lib,--disable-new-dtags' \
        --disable-everything --disable-autodetect --disable-debug --disable-doc \
        --disable-ffplay --disable-avdevice --disable-postproc \
        --enable-gpl --enable-version3 \
        --enable-openssl --enable-zlib --enable-libx264 --enable-libdav1d \
        --enable-protocol=file,pipe,http,https,tcp,tls,crypto \
        --enable-demuxer=matroska,mov,mpegts,avi,hls,webvtt,srt,ass,aac,ac3,eac3,dts,flac,mp3 \
        --enable-decoder=h264,hevc,libdav1d,mpeg4,vp9,aac,ac3,eac3,dca,truehd,mlp,flac,mp3,opus,vorbis,'pcm_*',subrip,srt,ass,ssa,mov_text,webvtt,pgssub \
        --enable-encoder=libx264,aac,webvtt \
        --enable-muxer=hls,mp4,mpegts,webvtt,null,segment \
        --enable-parser=h264,hevc,aac,ac3,av1,vp9,mpegaudio,dca,mlp,flac,opus,vorbis,mpeg4video \
        --enable-bsf=h264_mp4toannexb,hevc_mp4toannexb,aac_adtstoasc,extract_extradata \
        --enable-filter=scale,aresample,aformat,format,null,anull,setpts,asetpts,fps,trim,atrim,transpose,hflip,vflip; \
    make -j"$(nproc)"; \
    make install; \
    mkdir -p /out/bin /out/lib; \
    cp /opt/ffmpeg/bin/ffmpeg /opt/ffmpeg/bin/ffprobe /out/bin/; \
    ldd /out/bin/ffmpeg /out/bin/ffprobe | awk '$2 == "=>" && $3 ~ /^\// { print $3 }' | sort -u \
        | grep -vE '/(libc|libm|libdl|libpthread|librt|libresolv|ld-linux[^/]*)\.so' \
        | xargs -r cp -L -t /out/lib/; \
    ls -l /out/bin /out/lib; \
    /out/bin/ffmpeg -hide_banner -version

# ---------------------------------------------------------------------------------------------
# The SDK runs on the build machine's own platform and cross-publishes for the image's
# (TARGETARCH: amd64 -> linux-x64, arm64 -> linux-arm64), so a multi-arch build emulates nothing here.
FROM --platform=$BUILDPLATFORM ${SDK_IMAGE} AS build
ARG TARGETARCH
WORKDIR /src
RUN case "${TARGETARCH:-amd64}" in \
        amd64) echo linux-x64 ;; \
        arm64) echo linux-arm64 ;; \
        *) echo "unsupported TARGETARCH ${TARGETARCH}" >&2; exit 1 ;; \
    esac > /rid
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ProStream.Server/ProStream.Server.csproj src/ProStream.Server/
RUN dotnet restore src/ProStream.Server/ProStream.Server.csproj -r "$(cat /rid)" -p:Configuration=Release
COPY src/ src/
RUN dotnet publish src/ProStream.Server/ProStream.Server.csproj --no-restore -c Release \
        -r "$(cat /rid)" --self-contained -o /app

# ---------------------------------------------------------------------------------------------
# The runtime's root file system, cut from Debian packages: the shared libraries .NET and ffmpeg
# load (glibc, libgcc, libstdc++, OpenSSL, zlib), CA certificates, time zones and a static
# busybox (the health check's wget, and a shell to look around). No apt, no dpkg, no bash.
FROM ${DEBIAN_IMAGE} AS rootfs
COPY deploy/container/rootfs.sh /usr/local/bin/prostream-rootfs
RUN set -eux; \
    apt-get update; \
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        ca-certificates libssl3 zlib1g tzdata busybox-static; \
    sh /usr/local/bin/prostream-rootfs /rootfs

# ---------------------------------------------------------------------------------------------
FROM scratch AS runtime
COPY --from=rootfs /rootfs/ /
COPY --from=ffmpeg /out/ /opt/ffmpeg/
COPY deploy/container/healthcheck /usr/local/bin/prostream-healthcheck
COPY --from=build /app /app
RUN ["/opt/ffmpeg/bin/ffmpeg", "-hide_banner", "-version"]

# Only /data (database, keys, HLS work) and /tmp are written: the root file system can be read-only.
ENV PATH=/usr/local/bin:/usr/bin:/bin \
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \
    ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS= \
    ProStream__DataDir=/data \
    DOTNET_RUNNING_IN_CONTAINER=true \
    HOME=/data
VOLUME ["/data"]
EXPOSE 8080
USER 10001:10001
WORKDIR /app
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["/usr/local/bin/prostream-healthcheck"]
ENTRYPOINT ["/app/ProStream.Server"]
