using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SkillsRegistry.Core.Data;

/// <summary>
/// One prepared <c>INSERT</c> of an entity type, built from the EF model (table and column names, the provider's type
/// mappings and value converters), reused for every row on the context's connection and transaction. Values go through
/// the same converters EF uses, so a row inserted here reads back exactly as one EF inserted. A store-generated key is
/// left to the database, read back (<c>RETURNING</c>: SQLite and PostgreSQL) or given by the caller (<see cref="GeneratedKey"/>).
/// </summary>
internal sealed class TableInserter<T> : IDisposable
    where T : class
{
    private readonly DbCommand _command;
    private readonly Column[] _columns;
    private readonly bool _returnsKey;

    private TableInserter(DbCommand command, Column[] columns, bool returnsKey)
    {
        _command = command;
        _columns = columns;
        _returnsKey = returnsKey;
    }

    /// <summary>The delimited table name.</summary>
    public required string Table { get; init; }

    /// <summary>The delimited column of the store-generated key (null when there is none).</summary>
    public string? KeyColumn { get; init; }

    /// <summary>The insert of <typeparamref name="T"/>; <paramref name="key"/> says what happens to a store-generated key.</summary>
    public static TableInserter<T> Create(RegistryDbContext db, GeneratedKey key)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var generated = entityType.FindPrimaryKey()?.Properties is [var single] && single.ValueGenerated == ValueGenerated.OnAdd ? single : null;
        var properties = entityType.GetProperties().Where(p => p != generated || key == GeneratedKey.Explicit).ToList();
        if (properties.Find(p => p.IsShadowProperty()) is { } shadow)
            throw new InvalidOperationException($"{typeof(T).Name}.{shadow.Name} is a shadow property; the bulk insert cannot read it.");

        var connection = db.Database.GetDbConnection();
        var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var columns = new Column[properties.Count];
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (");
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            var name = string.Create(CultureInfo.InvariantCulture, $"p{i}");
            var parameter = mapping.CreateParameter(command, sql.GenerateParameterName(name), null, nullable: true);
            command.Parameters.Add(parameter);
            var clrProperty = property.PropertyInfo ?? throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} has no CLR property.");
            columns[i] = new Column(clrProperty, mapping.Converter, parameter);
            text.Append(i == 0 ? "" : ", ").Append(sql.DelimitIdentifier(property.GetColumnName(table)!));
        }
        text.Append(") VALUES (")
            .AppendJoin(", ", Enumerable.Range(0, columns.Length).Select(i => sql.GenerateParameterNamePlaceholder(string.Create(CultureInfo.InvariantCulture, $"p{i}"))))
            .Append(')');
        var keyColumn = generated is null ? null : sql.DelimitIdentifier(generated.GetColumnName(table)!);
        var returnsKey = keyColumn is not null && key == GeneratedKey.Return;
        if (returnsKey)
            text.Append(" RETURNING ").Append(keyColumn);
        command.CommandText = text.ToString();
        command.Prepare();
        return new TableInserter<T>(command, columns, returnsKey) { Table = sql.DelimitIdentifier(table.Name, table.Schema), KeyColumn = keyColumn };
    }

    /// <summary>Inserts one row; returns its store-generated key (0 when the table has none).</summary>
    public long Insert(T entity)
    {
        foreach (var column in _columns)
        {
            var value = column.Property.GetValue(entity);
            if (value is not null && column.Converter is not null)
                value = column.Converter.ConvertToProvider(value);
            column.Parameter.Value = value ?? DBNull.Value;
        }
        if (!_returnsKey)
        {
            _command.ExecuteNonQuery();
            return 0;
        }
        return Convert.ToInt64(_command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Sets every converted property to the value it will read back as (e.g. a SQLite <c>decimal</c> stored as a double, a
    /// <c>DateTimeOffset</c> stored as a 64-bit number), so a snapshot taken from the entity equals one taken from the row.
    /// </summary>
    public void AsStored(T entity)
    {
        foreach (var column in _columns)
        {
            if (column.Converter is not null && column.Property.CanWrite && column.Property.GetValue(entity) is { } value)
                column.Property.SetValue(entity, column.Converter.ConvertFromProvider(column.Converter.ConvertToProvider(value)));
        }
    }

    public void Dispose() => _command.Dispose();

    private sealed record Column(PropertyInfo Property, ValueConverter? Converter, DbParameter Parameter);
}

/// <summary>What a <see cref="TableInserter{T}"/> does with a store-generated key.</summary>
internal enum GeneratedKey
{
    /// <summary>The database assigns it; it is not read back.</summary>
    Omit,

    /// <summary>The database assigns it and <c>RETURNING</c> reads it back.</summary>
    Return,

    /// <summary>The entity carries it and it is inserted like any other column.</summary>
    Explicit,
}
