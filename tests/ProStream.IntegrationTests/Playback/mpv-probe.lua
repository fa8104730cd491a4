-- Drives one headless mpv playback of a ProStream session and prints each event as a "prostream:" line:
-- the audio track playing, every subtitle cue shown, then, once playback has begun and mpv's demuxer cache
-- holds the whole film, a seek to seek_percent of the duration, and the end of playback.
-- Tracks are chosen on the command line (--alang, --sid): with libavformat 5.1 a track switch during
-- playback needs a demuxer seek, which its HLS demuxer cannot do in fMP4 (see MpvPlaybackTests).
local opts = { seek_after = 1, seek_percent = 70 }
require("mp.options").read_options(opts, "prostream")

local function say(format, ...)
    io.stdout:write("prostream: " .. string.format(format, ...) .. "\n")
    io.stdout:flush()
end

local position, seeking = nil, false

mp.observe_property("time-pos", "number", function(_, value)
    position = value or position
end)

mp.observe_property("demuxer-cache-state", "native", function(_, state)
    if seeking or not position or position < opts.seek_after or not state or not state["eof-cached"] then
        return
    end
    seeking = true
    say("seek from=%.3f duration=%.3f", position, mp.get_property_number("duration") or -1)
    mp.commandv("seek", tostring(opts.seek_percent), "absolute-percent+exact")
end)

mp.register_event("playback-restart", function()
    if seeking then
        say("seek-landed at=%.3f", mp.get_property_number("time-pos") or -1)
    end
end)

mp.observe_property("current-tracks/audio/id", "number", function(_, id)
    if id then
        say("audio-playing id=%d codec=%s lang=%s", id, mp.get_property("current-tracks/audio/codec") or "",
            mp.get_property("current-tracks/audio/lang") or "")
    end
end)

mp.observe_property("sub-text", "string", function(_, text)
    if text and text ~= "" then
        say("cue at=%.3f start=%.3f end=%.3f text=%s", mp.get_property_number("time-pos") or -1,
            mp.get_property_number("sub-start") or -1, mp.get_property_number("sub-end") or -1, (text:gsub("\n", " ")))
    end
end)

mp.register_event("end-file", function(event)
    say("end reason=%s last=%.3f", event.reason or "", position or -1)
end)
