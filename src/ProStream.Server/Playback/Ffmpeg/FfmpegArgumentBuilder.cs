using System.Globalization;
using ProStream.Server.Playback.Planning;
using ProStream.Server.Playback.Playlists;

namespace ProStream.Server.Playback.Ffmpeg;

/// <summary>
/// Builds the argument list of the one ffmpeg process of a session: every rendition goes to its
/// own segment-muxer output (CMAF: one init segment, then moof+mdat segments) cut at absolute
/// planned times, so a run restarted at any segment writes the same files as a full run.
/// </summary>
public static class FfmpegArgumentBuilder
{
    /// <summary>
    /// Seconds added to every source timestamp in the output, so that B-frame delays and audio priming
    /// never make a timestamp negative (fMP4 decode times are unsigned). The same in every run.
    /// 1.4 s is also what the WebVTT timestamp map (<c>MPEGTS:126000</c>) says.
    /// </summary>
    public const double TimestampOffset = 1.4;

    // Each run's muxer starts its fragments at the packets' own (offset) decode times (frag_discont, no
    // edit list, no shift to zero), writes the header once (empty moov) and flushes one fragment per segment.
    private const string Mp4Options =
        "movflags=+frag_custom+empty_moov+default_base_moof+frag_discont:use_editlist=0:avoid_negative_ts=disabled";

    // For a header that needs a packet: one muxer per segment, whose moov waits for the first packet and
    // whose trailer flushes the fragment without an mfra index.
    private const string Mp4OptionsHeaderPerSegment =
        "movflags=+frag_custom+empty_moov+delay_moov+skip_trailer+default_base_moof+frag_discont:use_editlist=0:avoid_negative_ts=disabled";

    // Copy mode seeks a little after the planned keyframe: a seek exactly on it can land on the previous one.
    private const double CopySeekNudge = 0.2;

    // Cut slightly before the planned time so that a keyframe exactly on it always starts the next segment.
    private const double CutTolerance = 0.0005;

    public static IReadOnlyList<string> Build(FfmpegJob job)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(job.StartSegment);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(job.StartSegment, job.Segments.Segments.Count);
        var args = new List<string> { "-nostdin", "-hide_banner", "-loglevel", "error" };
        AddInput(args, job);

        AddVideoOutput(args, job, CutTimes(job, CutTolerance));
        foreach (var audio in job.Renditions.Audio)
        {
            args.AddRange(["-map", $"0:{Number(audio.SourceIndex)}"]);
            args.AddRange(AudioCodecArguments(audio));

            // Audio is cut on the frame nearest each planned start (not the first one after it), and what comes
            // before the run's first segment is dropped: its segments start within half a frame of the video's.
            // Output -ss shifts timestamps back by itself; the offset puts them where every other run has them.
            var early = job.AudioFrameDuration(audio) / 2;
            var from = job.Segments.Segments[job.StartSegment].Start - early;
            args.AddRange(["-ss", Seconds(from), "-to", Seconds(job.Segments.End)]);
            AddSegmentOutput(args, job, CutTimes(job, early), audio.DirectoryName, TimestampOffset + from, WritesHeaderInEverySegment(audio));
        }

        foreach (var subtitle in job.Renditions.Subtitles)
        {
            args.AddRange(["-map", $"0:{Number(subtitle.SourceIndex)}", "-c:s", "webvtt", "-to", Seconds(job.Segments.End), "-flush_packets", "1", "-f", "webvtt",
                Path.Combine(job.OutputDirectory, subtitle.DirectoryName, SubtitleRunFileName(job.RunNumber))]);
        }

        return args;
    }

    /// <summary>
    /// Copied AC-3 and E-AC-3: ffmpeg builds their sample entry (dac3/dec3) from the first packet, so it cannot
    /// write their moov before any packet ("Cannot write moov atom before AC3 packets"), which a shared init
    /// segment written ahead of the media needs. Each of their segments then starts with its own ftyp + moov
    /// (the same bytes in each); the session serves that header as the init segment and the rest as the segment.
    /// </summary>
    public static bool WritesHeaderInEverySegment(AudioRendition audio) => audio.Copy && audio.CodecString is "ac-3" or "ec-3";

    public static string SubtitleRunFileName(int runNumber) => $"run{Number(runNumber)}.vtt";

    /// <summary>Where the input is opened: after the first keyframe of the start segment (copy) or exactly at it (transcode).</summary>
    public static double SeekTime(FfmpegJob job)
    {
        var start = job.Segments.Segments[job.StartSegment].Start;
        if (!job.Renditions.Video.Copy)
        {
            return start;
        }

        var nextKeyframe = job.Keyframes?.FirstOrDefault(k => k > start + CutTolerance, double.PositiveInfinity) ?? double.PositiveInfinity;
        var gap = Math.Min(nextKeyframe, job.Segments.Segments[job.StartSegment].End) - start;
        return start + Math.Min(CopySeekNudge, gap / 2);
    }

    /// <summary>
    /// The input options for ffmpeg and ffprobe reading a session's source relay: plain http to loopback only,
    /// no redirects, and the sniffed container's demuxer forced, so no bytes can select a demuxer that opens
    /// nested URLs or protocols (HLS, DASH, concat, image2...).
    /// </summary>
    public static IReadOnlyList<string> RelayInput(Uri relayUrl, string demuxer)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(relayUrl.IsLoopback, true, nameof(relayUrl));
        return ["-protocol_whitelist", "http,tcp", "-max_redirects", "0", "-f", demuxer];
    }

    private static void AddInput(List<string> args, FfmpegJob job)
    {
        if (job.Source.IsFile)
        {
            args.AddRange(["-protocol_whitelist", "file"]);
        }
        else if (job.Source.Scheme == "http" && job.Source.IsLoopback && job.InputFormat is { } demuxer)
        {
            args.AddRange([.. RelayInput(job.Source, demuxer),
                "-reconnect", "1", "-reconnect_streamed", "1", "-reconnect_delay_max", Number(job.ReconnectDelayMaxSeconds)]);
        }
        else
        {
            throw new ArgumentException("ffmpeg reads a local file or the session's loopback source relay only.", nameof(job));
        }

        if (job.StartSegment > 0)
        {
            args.AddRange(["-ss", Seconds(SeekTime(job))]);
            if (job.Renditions.Video.Copy)
            {
                args.Add("-noaccurate_seek");
            }
        }

        args.AddRange(["-copyts", "-i", job.Source.IsFile ? job.Source.LocalPath : job.Source.AbsoluteUri]);
    }

    private static void AddVideoOutput(List<string> args, FfmpegJob job, string cutTimes)
    {
        var video = job.Renditions.Video;
        args.AddRange(["-map", $"0:{Number(video.SourceIndex)}"]);
        if (video.Copy)
        {
            args.AddRange(["-c:v", "copy"]);
            if (video.CodecString.StartsWith("hvc1", StringComparison.Ordinal))
            {
                // Browsers play HEVC in MP4 only under the hvc1 sample entry (parameter sets out of band), ffmpeg's default is hev1.
                args.AddRange(["-tag:v", "hvc1"]);
            }
        }
        else
        {
            var maxRate = TranscodeProfile.MaxVideoBitRate(video.Height);
            var start = job.Segments.Segments[job.StartSegment].Start;
            var step = job.Segments.Segments[0].Duration;
            args.AddRange([
                "-vf", $"scale={Number(video.Width)}:{Number(video.Height)},format=yuv420p",
                "-c:v", "libx264", "-preset", "veryfast", "-profile:v", "high",
                "-level:v", (TranscodeProfile.Level(video.FrameRate) / 10.0).ToString("0.0", CultureInfo.InvariantCulture),
                "-crf", "23", "-maxrate", Number(maxRate), "-bufsize", Number(maxRate * 2),
                "-force_key_frames", $"expr:gte(t,{Seconds(start)}+n_forced*{Seconds(step)})",
                "-sc_threshold", "0"]);
        }

        AddSegmentOutput(args, job, cutTimes, VideoRendition.Name, TimestampOffset, headerInEverySegment: false);
    }

    /// <summary>Copy, or AAC with the channels and bit rate the plan announced (5.1 kept for multichannel clients).</summary>
    private static string[] AudioCodecArguments(AudioRendition audio) => audio switch
    {
        // ffmpeg 5.1 still calls FLAC in MP4 experimental.
        { Copy: true, CodecString: "fLaC" } => ["-c:a", "copy", "-strict", "experimental"],
        { Copy: true } => ["-c:a", "copy"],
        _ => ["-c:a", "aac", "-ac", Number(audio.Channels), "-b:a", Number(audio.Bandwidth)],
    };

    private static void AddSegmentOutput(
        List<string> args, FfmpegJob job, string cutTimes, string directory, double timestampOffset, bool headerInEverySegment)
    {
        args.AddRange([
            "-max_muxing_queue_size", "4096", "-output_ts_offset", Seconds(timestampOffset), "-avoid_negative_ts", "disabled",
            "-f", "segment", "-segment_format", "mp4"]);
        args.AddRange(headerInEverySegment
            ? ["-segment_format_options", Mp4OptionsHeaderPerSegment, "-individual_header_trailer", "1"]
            : ["-segment_format_options", Mp4Options,
                "-segment_header_filename", Path.Combine(job.OutputDirectory, directory, HlsPlaylistWriter.InitSegmentName), "-individual_header_trailer", "0"]);
        if (cutTimes.Length > 0)
        {
            args.AddRange(["-segment_times", cutTimes]);
        }
        else
        {
            // Only the last segment is left: never cut.
            args.AddRange(["-segment_time", "86400"]);
        }

        args.AddRange([
            "-segment_start_number", Number(job.StartSegment),
            Path.Combine(job.OutputDirectory, directory, "%d." + HlsPlaylistWriter.MediaSegmentExtension)]);
    }

    // The segment muxer compares its cut times with output timestamps, which carry the offset.
    private static string CutTimes(FfmpegJob job, double early) => string.Join(
        ',',
        job.Segments.Segments.Skip(job.StartSegment + 1).Select(s => Seconds(s.Start - early + TimestampOffset)));

    private static string Seconds(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
