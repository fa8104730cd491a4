using System.Net;
using ProStream.Server.Playback.Sources;

namespace ProStream.Tests.Playback;

public sealed class SourceGuardTests
{
    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("151.101.1.69", true)]
    [InlineData("2606:4700:4700::1111", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("127.255.255.254", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("100.100.100.200", false)]
    [InlineData("100.128.0.1", true)]
    [InlineData("198.18.0.1", false)]
    [InlineData("224.0.0.251", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00:ec2::254", false)]
    [InlineData("fc00::1", false)]
    [InlineData("ff02::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:8.8.8.8", true)]
    [InlineData("64:ff9b::a9fe:a9fe", false)]
    [InlineData("64:ff9b::808:808", true)]
    [InlineData("64:ff9b::7f00:1", false)]
    [InlineData("64:ff9b::a00:1", false)]
    [InlineData("64:ff9b:1::808:808", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("::ffff:169.254.169.254", false)]
    [InlineData("::ffff:0:127.0.0.1", false)]
    [InlineData("::ffff:0:192.168.1.1", false)]
    [InlineData("::ffff:0:8.8.8.8", true)]
    [InlineData("::127.0.0.1", false)]
    [InlineData("::10.1.2.3", false)]
    [InlineData("::8.8.8.8", true)]
    [InlineData("2002:7f00:1::1", false)]
    [InlineData("2002:0808:0808::1", true)]
    [InlineData("2001:db8::1", false)]
    [InlineData("192.0.2.1", false)]
    [InlineData("203.0.113.7", false)]
    public void Only_public_addresses_are_allowed(string address, bool expected) =>
        Assert.Equal(expected, SourceGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/a.mkv")]
    [InlineData("gopher://example.com/")]
    [InlineData("rtmp://example.com/live")]
    public void Only_http_and_https_schemes_are_allowed(string url) =>
        Assert.Throws<SourceFailureException>(() => SourceGuard.CheckSyntax(new Uri(url)));
}
