#!/bin/sh
# Assembles the runtime image's root file system in $1 from the packages installed in this
# (Debian) build stage: only their shared libraries and configuration, never their programs,
# documentation or locales. Runs at image build time only.
set -eu
root="$1"
mkdir -p "$root/usr/bin" "$root/usr/lib" "$root/usr/local/bin" "$root/etc" "$root/data" "$root/tmp"
# Debian 12 is merged-/usr: keep /bin, /lib, /lib64 and /sbin links so paths from packages resolve.
for dir in bin lib sbin; do ln -s "usr/$dir" "$root/$dir"; done
[ -d /usr/lib64 ] && mkdir -p "$root/usr/lib64" && ln -s usr/lib64 "$root/lib64"

libraries() {
    dpkg -L "$@" | while IFS= read -r path; do
        [ -f "$path" ] || continue
        case "$path" in
            */gconv/*|*/audit/*|/usr/share/*) ;;
            *.so|*.so.*|/etc/ld.so.conf.d/*) echo "$path" ;;
        esac
    done
}
# .NET loads libstdc++/libgcc_s and opens libssl/libcrypto at run time; glibc for everyone.
libraries libc6 libgcc-s1 libstdc++6 libssl3 zlib1g \
    | tar -cf - --files-from=- | tar -xf - --keep-directory-symlink -C "$root"

tar -cf - /etc/ssl /usr/lib/ssl /usr/share/ca-certificates /usr/share/zoneinfo \
    | tar -xf - --keep-directory-symlink -C "$root"

cp /bin/busybox "$root/usr/bin/busybox"
ln -s /opt/ffmpeg/bin/ffmpeg "$root/usr/local/bin/ffmpeg"
ln -s /opt/ffmpeg/bin/ffprobe "$root/usr/local/bin/ffprobe"
for applet in $("$root/usr/bin/busybox" --list); do
    [ -e "$root/usr/bin/$applet" ] || ln -s busybox "$root/usr/bin/$applet"
done

cat > "$root/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
prostream:x:10001:10001:ProStream:/data:/sbin/nologin
PASSWD
cat > "$root/etc/group" <<'GROUP'
root:x:0:
prostream:x:10001:
GROUP
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$root/etc/nsswitch.conf"
echo 'include /etc/ld.so.conf.d/*.conf' > "$root/etc/ld.so.conf"
ldconfig -r "$root"
chmod 1777 "$root/tmp"
chown 10001:10001 "$root/data"
