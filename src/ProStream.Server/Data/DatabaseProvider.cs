namespace ProStream.Server.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
