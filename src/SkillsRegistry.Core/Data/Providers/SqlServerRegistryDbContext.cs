using Microsoft.EntityFrameworkCore;

namespace SkillsRegistry.Core.Data.Providers;

public sealed class SqlServerRegistryDbContext(DbContextOptions<SqlServerRegistryDbContext> options) : RegistryDbContext(options);
