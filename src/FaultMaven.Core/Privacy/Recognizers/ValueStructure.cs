namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>The key/value structure a pair was read from (one feature each for the value classifier, in this order).</summary>
internal enum ValueStructure
{
    /// <summary><c>key=value</c>, <c>key: value</c>, <c>"key": "value"</c>.</summary>
    Assign,

    /// <summary><c>--flag value</c>.</summary>
    Flag,

    /// <summary><c>{"key": "K", "value": "V"}</c>, <c>- name: K / value: V</c>.</summary>
    Sibling,

    /// <summary><c>&lt;name&gt;K&lt;/name&gt;&lt;value&gt;V&lt;/value&gt;</c>, <c>&lt;K&gt;V&lt;/K&gt;</c>.</summary>
    Xml,

    /// <summary>A key on one line, its value alone on the next.</summary>
    NextLine,

    /// <summary><c>key: Some("V")</c>.</summary>
    Wrapped,

    /// <summary><c>f("K", "V")</c>.</summary>
    Call,

    /// <summary>One item of <c>key: ["V1", "V2"]</c>.</summary>
    List,
}
