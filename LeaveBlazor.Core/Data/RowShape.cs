using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LeaveBlazor.Core.Data;

/// <summary>
/// One entity's table and columns as EF's model maps them, for the engines' bulk writes: each engine writes its own
/// SQL, while names and value conversions stay in the one model.
/// </summary>
internal sealed class RowShape
{
    private RowShape(IEntityType entity)
    {
        Entity = entity;
        Table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
    }

    public IEntityType Entity { get; }

    public StoreObjectIdentifier Table { get; }

    public string QuotedTable => $"\"{Table.Name}\"";

    /// <summary>The columns an insert writes: all but a key the database generates.</summary>
    public IReadOnlyList<IProperty> InsertedColumns =>
        Entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList();

    public IProperty Key => Entity.FindPrimaryKey()!.Properties.Single();

    public IProperty ConcurrencyToken => Entity.GetProperties().Single(p => p.IsConcurrencyToken);

    public static RowShape Of<T>(LeaveDbContext db) =>
        new(db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model."));

    /// <summary>The caller's transaction: bulk writes belong to the unit of work that asked for them.</summary>
    public static DbTransaction TransactionOf(LeaveDbContext db) =>
        db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException("Rows are written inside the caller's transaction, and there is none.");

    public IProperty Property(string name) =>
        Entity.FindProperty(name) ?? throw new InvalidOperationException($"{Entity.ClrType.Name} has no {name}.");

    public string Column(IProperty property) => $"\"{property.GetColumnName(Table)}\"";

    /// <summary>A parameter holding <paramref name="row"/>'s value of <paramref name="property"/>, converted as the model says.</summary>
    public static DbParameter Parameter(DbCommand command, IProperty property, string name, object? value) =>
        ((RelationalTypeMapping)property.GetTypeMapping()).CreateParameter(command, name, value, property.IsNullable);

    public static object? ValueOf(IProperty property, object row) => property.GetGetter().GetClrValue(row);
}
