using Lucene.Net.Store;
using SkillsRegistry.Core.Search.Lucene;

namespace SkillsRegistry.Core.Tests.Search;

/// <summary>Doc-values files are read from a copy in memory until deleted; every other file, and merges, read the disk.</summary>
public sealed class IndexDirectoryTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "index-directory-" + Guid.NewGuid().ToString("N"));

    public IndexDirectoryTests() => System.IO.Directory.CreateDirectory(_path);

    public void Dispose() => System.IO.Directory.Delete(_path, recursive: true);

    [Theory]
    [InlineData("_0_Lucene45_0.dvd")]
    [InlineData("_0_Lucene45_0.dvm")]
    public void A_doc_values_file_is_read_from_memory_until_it_is_deleted(string name)
    {
        using var directory = new IndexDirectory(_path);
        Write(directory, name, 1);
        Assert.Equal(1, ReadFirst(directory, name, IOContext.READ));

        File.WriteAllBytes(Path.Combine(_path, name), new byte[16]);
        Assert.Equal(1, ReadFirst(directory, name, IOContext.READ));
        Assert.Equal(0, ReadFirst(directory, name, new IOContext(new MergeInfo(1, 16, false, 1))));

        directory.DeleteFile(name);
        Write(directory, name, 2);
        Assert.Equal(2, ReadFirst(directory, name, IOContext.READ));
    }

    [Fact]
    public void Other_files_are_read_from_disk()
    {
        using var directory = new IndexDirectory(_path);
        Write(directory, "_0.doc", 1);
        Assert.Equal(1, ReadFirst(directory, "_0.doc", IOContext.READ));

        File.WriteAllBytes(Path.Combine(_path, "_0.doc"), new byte[16]);
        Assert.Equal(0, ReadFirst(directory, "_0.doc", IOContext.READ));
    }

    [Fact]
    public void An_input_opened_before_a_delete_keeps_reading_its_copy()
    {
        using var directory = new IndexDirectory(_path);
        Write(directory, "_1.dvd", 3);
        using var open = directory.OpenInput("_1.dvd", IOContext.READ);
        directory.DeleteFile("_1.dvd");
        Assert.Equal(3, open.ReadByte());
    }

    private static void Write(IndexDirectory directory, string name, byte first)
    {
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        output.WriteByte(first);
        output.WriteBytes(new byte[15], 15);
    }

    private static int ReadFirst(IndexDirectory directory, string name, IOContext context)
    {
        using var input = directory.OpenInput(name, context);
        return input.ReadByte();
    }
}
