using System.Globalization;
using System.Text.Json;

namespace FaultMaven.Core.Alerts;

/// <summary>
/// Where the fields of an alert lie in another tool's webhook payload, so that any alerting tool can open cases the way Alertmanager
/// does. A path is dotted property names with optional <c>[n]</c> indexes (<c>event.data.service.summary</c>); with
/// <see cref="Alerts"/> set, paths are read from each alert of that array, and a path starting with <c>$.</c> from the payload's root.
/// </summary>
/// <param name="Alerts">The array of alerts; null when the payload is one alert.</param>
/// <param name="Group">What identifies the alert group (an incident id, a monitor id): notifications with the same value go to one case.</param>
/// <param name="Status">The alert's state.</param>
/// <param name="Resolved">The values of <paramref name="Status"/> that mean resolved (compared ignoring case); any other is firing.</param>
/// <param name="Name">The alert's name (becomes <c>alertname</c>).</param>
/// <param name="Severity">Its severity or priority.</param>
/// <param name="Service">The service it is about.</param>
/// <param name="Summary">A one-line summary.</param>
/// <param name="Description">A longer description or message.</param>
/// <param name="StartsAt">When it started: ISO 8601, or Unix seconds or milliseconds.</param>
/// <param name="Labels">An object of labels, or a string of tags (<c>env:prod,team:core</c>).</param>
/// <param name="Link">A link back to the alert in its tool.</param>
public sealed record WebhookMapping(
    string? Alerts,
    string Group,
    string? Status,
    IReadOnlyList<string> Resolved,
    string? Name = null,
    string? Severity = null,
    string? Service = null,
    string? Summary = null,
    string? Description = null,
    string? StartsAt = null,
    string? Labels = null,
    string? Link = null)
{
    /// <summary>The most alerts read from one payload; the rest are counted, not read.</summary>
    public const int MaxAlerts = 200;

    private const int MaxValue = 2000;
    private const int MaxLabels = 64;

    /// <summary>Grafana's webhook contact point (unified alerting): Alertmanager's shape with version 1 and a title.</summary>
    public static WebhookMapping Grafana { get; } = new(
        "alerts", "$.groupKey", "status", ["resolved", "ok", "normal"], "labels.alertname", "labels.severity", "labels.service",
        "annotations.summary", "annotations.description", "startsAt", "labels", "generatorURL");

    /// <summary>PagerDuty's v3 webhook subscription (incident.* events).</summary>
    public static WebhookMapping PagerDuty { get; } = new(
        null, "event.data.id", "event.data.status", ["resolved"], "event.data.title", "event.data.urgency", "event.data.service.summary",
        "event.data.title", "event.data.description", "event.data.created_at", null, "event.data.html_url");

    /// <summary>Datadog's webhook integration with the payload template given in docs/INTEGRATIONS.md.</summary>
    public static WebhookMapping Datadog { get; } = new(
        null, "aggregate", "transition", ["recovered", "ok"], "title", "priority", "service", "title", "body", "date", "tags", "link");

    /// <summary>The built-in mappings by the name used in the webhook's URL.</summary>
    public static IReadOnlyDictionary<string, WebhookMapping> Presets { get; } = new Dictionary<string, WebhookMapping>(StringComparer.Ordinal)
    {
        ["grafana"] = Grafana,
        ["pagerduty"] = PagerDuty,
        ["datadog"] = Datadog,
    };

    /// <summary>Reads a mapping written as JSON (the <c>FM_WEBHOOK_MAPPING</c> variable), or explains what is wrong with it.</summary>
    public static WebhookMapping Parse(string json)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The mapping is not JSON: {ex.Message}", ex);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The mapping is a JSON object of field names and paths.");
        }

        var known = new HashSet<string>(["alerts", "group", "status", "resolved", "name", "severity", "service", "summary", "description", "startsAt", "labels", "link"], StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                throw new FormatException($"Unknown mapping field '{property.Name}'; the fields are {string.Join(", ", known)}.");
            }
        }

        string? PathOf(string field)
        {
            if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String || !JsonPath.IsValid(value.GetString()!))
            {
                throw new FormatException($"Mapping field '{field}' must be a path such as \"incident.id\" or \"$.alerts[0].labels\".");
            }

            return value.GetString();
        }

        var group = PathOf("group") ?? throw new FormatException("The mapping needs 'group': the path of what identifies an alert group.");
        var resolved = root.TryGetProperty("resolved", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new FormatException("'resolved' is an array of strings.")).ToList()
            : root.TryGetProperty("resolved", out _) ? throw new FormatException("'resolved' is an array of strings.") : ["resolved"];
        return new WebhookMapping(
            PathOf("alerts"), group, PathOf("status"), resolved, PathOf("name"), PathOf("severity"), PathOf("service"), PathOf("summary"),
            PathOf("description"), PathOf("startsAt"), PathOf("labels"), PathOf("link"));
    }

    /// <summary>Writes the payload as the Alertmanager notification it means, or null with the reason when the mapping finds no group.</summary>
    /// <param name="payload">The posted JSON.</param>
    /// <param name="source">Names the tool (Grafana, PagerDuty): it prefixes the group key, so two tools' groups never meet, and is shown on the case.</param>
    public (AlertmanagerNotification? Notification, string? Problem) Translate(JsonElement payload, string source)
    {
        var alertElements = new List<JsonElement>();
        if (Alerts is not null)
        {
            if (JsonPath.Find(payload, Alerts) is not { ValueKind: JsonValueKind.Array } array)
            {
                return (null, $"'{Alerts}' is not an array of alerts in this payload.");
            }

            alertElements.AddRange(array.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Take(MaxAlerts));
        }
        else
        {
            alertElements.Add(payload);
        }

        if (alertElements.Count == 0)
        {
            return (null, $"'{Alerts}' holds no alert objects.");
        }

        var group = Text(payload, alertElements[0], Group);
        if (string.IsNullOrWhiteSpace(group))
        {
            return (null, $"The payload has no value at '{Group}', which identifies the alert group.");
        }

        var alerts = alertElements.Select(a => ToAlert(payload, a)).ToList();
        var status = alerts.All(a => a.Status == "resolved") ? "resolved" : "firing";
        var first = alerts[0];
        var common = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in (string[])["alertname", "severity", "service"])
        {
            if (first.Labels!.TryGetValue(key, out var value) && alerts.All(a => a.Labels!.GetValueOrDefault(key) == value))
            {
                common[key] = value;
            }
        }

        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in (string[])["summary", "description"])
        {
            if (first.Annotations!.TryGetValue(key, out var value) && alerts.All(a => a.Annotations!.GetValueOrDefault(key) == value))
            {
                annotations[key] = value;
            }
        }

        var groupKey = $"{source.ToLowerInvariant()}:{group}";
        return (new AlertmanagerNotification("4", groupKey, status, AlertIntakeService.WebhookSource + source, null, common, annotations, null, alerts), null);
    }

    private AlertmanagerAlert ToAlert(JsonElement payload, JsonElement alert)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Labels is not null)
        {
            AddLabels(labels, JsonPath.Find(Scope(payload, alert, Labels), Unrooted(Labels)));
        }

        void Set(string key, string? path)
        {
            if (path is not null && Text(payload, alert, path) is { Length: > 0 } value)
            {
                labels[key] = value;
            }
        }

        Set("alertname", Name);
        Set("severity", Severity);
        Set("service", Service);
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, path) in (ReadOnlySpan<(string, string?)>)[("summary", Summary), ("description", Description), ("link", Link)])
        {
            if (path is not null && Text(payload, alert, path) is { Length: > 0 } value)
            {
                annotations[key] = value;
            }
        }

        var state = Status is null ? null : Text(payload, alert, Status);
        var resolved = state is not null && Resolved.Contains(state.Trim(), StringComparer.OrdinalIgnoreCase);
        var startsAt = StartsAt is null ? null : Time(JsonPath.Find(Scope(payload, alert, StartsAt), Unrooted(StartsAt)));
        return new AlertmanagerAlert(resolved ? "resolved" : "firing", labels, annotations, startsAt, null, null, null);
    }

    private static void AddLabels(Dictionary<string, string> labels, JsonElement? found)
    {
        switch (found)
        {
            case { ValueKind: JsonValueKind.Object } labelObject:
                foreach (var property in labelObject.EnumerateObject().Take(MaxLabels))
                {
                    if (Scalar(property.Value) is { Length: > 0 } value)
                    {
                        labels[Trim(property.Name, 100)] = value;
                    }
                }

                break;
            case { ValueKind: JsonValueKind.Array } tags:
                foreach (var tag in tags.EnumerateArray().Take(MaxLabels))
                {
                    AddTag(labels, Scalar(tag));
                }

                break;
            case { ValueKind: JsonValueKind.String } tagString:
                foreach (var tag in tagString.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(MaxLabels))
                {
                    AddTag(labels, tag);
                }

                break;
        }
    }

    /// <summary>Adds a tag as tools write them: <c>key:value</c>, <c>key=value</c>, or a bare word.</summary>
    private static void AddTag(Dictionary<string, string> labels, string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return;
        }

        var cut = tag.IndexOfAny([':', '=']);
        if (cut > 0 && cut < tag.Length - 1)
        {
            labels[Trim(tag[..cut], 100)] = Trim(tag[(cut + 1)..], MaxValue);
        }
        else
        {
            labels[Trim(tag, 100)] = "true";
        }
    }

    private static string? Text(JsonElement payload, JsonElement alert, string path) =>
        Scalar(JsonPath.Find(Scope(payload, alert, path), Unrooted(path)));

    private static JsonElement Scope(JsonElement payload, JsonElement alert, string path) => path.StartsWith("$.", StringComparison.Ordinal) ? payload : alert;

    private static string Unrooted(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string? Scalar(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.String } s => Trim(s.GetString()!, MaxValue),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } v => v.GetRawText(),
        _ => null,
    };

    /// <summary>Reads a time as tools send it: ISO 8601, or a Unix time in seconds or milliseconds (as a number or a string).</summary>
    private static DateTimeOffset? Time(JsonElement? element)
    {
        var text = Scalar(element);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unix) && unix > 0)
        {
            // Ten digits of seconds reach the year 2286; more are milliseconds.
            return unix < 10_000_000_000 ? DateTimeOffset.FromUnixTimeSeconds(unix) : unix < 10_000_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(unix) : null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
    }

    private static string Trim(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
