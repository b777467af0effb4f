using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>Where the embedded stores keep their files.</summary>
public sealed class StorageOptions
{
    /// <summary>The directory for the SQLite database and uploaded files; created if missing.</summary>
    /// <value>The default is <c>./.faultmaven</c>, relative to the working directory.</value>
    [ConfigurationKeyName("FM_DATA_DIR")]
    [Required(AllowEmptyStrings = false, ErrorMessage = "FM_DATA_DIR must name a directory.")]
    public string DataDirectory { get; set; } = "./.faultmaven";

    /// <summary>Gets the full path of the SQLite database file.</summary>
    public string DatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), "faultmaven.db");
}
