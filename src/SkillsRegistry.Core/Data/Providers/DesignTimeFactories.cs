using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SkillsRegistry.Core.Data.Providers;

// Used only by `dotnet ef migrations add`; the connection strings are placeholders no migration connects to.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRegistryDbContext>
{
    public SqliteRegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRegistryDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlRegistryDbContext>
{
    public PostgreSqlRegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlRegistryDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerRegistryDbContext>
{
    public SqlServerRegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerRegistryDbContext>().UseSqlServer("Server=localhost;Database=design;TrustServerCertificate=true").Options);
}
