using ProStream.Server.Identity;

namespace ProStream.Tests.Identity;

public sealed class RegistrationDefaultsTests
{
    [Fact]
    public void Registration_is_closed_unless_the_operator_opens_it() => Assert.False(new AuthOptions().AllowRegistration);

    [Fact]
    public void Invitations_last_a_week_by_default() => Assert.Equal(TimeSpan.FromDays(7), new AuthOptions().InvitationLifetime);
}
