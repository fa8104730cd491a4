namespace ProStream.IntegrationTests.Infrastructure;

/// <summary>The checkout the tests were built from (the folder holding ProStream.slnx).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !System.IO.File.Exists(System.IO.Path.Combine(root.FullName, "ProStream.slnx")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("ProStream.slnx not found above " + AppContext.BaseDirectory);
    }
}
