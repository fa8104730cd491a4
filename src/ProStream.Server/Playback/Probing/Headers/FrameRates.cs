namespace ProStream.Server.Playback.Probing.Headers;

/// <summary>Frame rates written the way ffprobe prints them ("24000/1001").</summary>
internal static class FrameRates
{
    /// <summary>
    /// The rate of a Matroska DefaultDuration (nanoseconds per frame), as the closest fraction whose terms stay within
    /// 30000, which is how ffmpeg's Matroska demuxer reduces it (continued fractions, then the best semiconvergent).
    /// </summary>
    public static string FromFrameDuration(ulong nanoseconds) => Reduce(1_000_000_000, (long)nanoseconds, 30000);

    public static string Reduce(long num, long den, long max)
    {
        var gcd = (long)System.Numerics.BigInteger.GreatestCommonDivisor(num, den);
        if (gcd > 0)
        {
            num /= gcd;
            den /= gcd;
        }

        (long Num, long Den) a0 = (0, 1), a1 = (1, 0);
        if (num <= max && den <= max)
        {
            a1 = (num, den);
            den = 0;
        }

        while (den != 0)
        {
            var x = num / den;
            var nextDen = num - (den * x);
            var a2 = ((x * a1.Num) + a0.Num, (x * a1.Den) + a0.Den);
            if (a2.Item1 > max || a2.Item2 > max)
            {
                if (a1.Num != 0)
                {
                    x = (max - a0.Num) / a1.Num;
                }

                if (a1.Den != 0)
                {
                    x = Math.Min(x, (max - a0.Den) / a1.Den);
                }

                if (den * ((2 * x * a1.Den) + a0.Den) > num * a1.Den)
                {
                    a1 = ((x * a1.Num) + a0.Num, (x * a1.Den) + a0.Den);
                }

                break;
            }

            a0 = a1;
            a1 = a2;
            num = den;
            den = nextDen;
        }

        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{a1.Num}/{a1.Den}");
    }
}
