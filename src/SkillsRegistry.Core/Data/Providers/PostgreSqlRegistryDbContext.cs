using Microsoft.EntityFrameworkCore;

namespace SkillsRegistry.Core.Data.Providers;

public sealed class PostgreSqlRegistryDbContext(DbContextOptions<PostgreSqlRegistryDbContext> options) : RegistryDbContext(options);
