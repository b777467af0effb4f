using Microsoft.Data.Sqlite;

namespace FaultMaven.Infrastructure.Storage.Sqlite;

/// <summary>The versioned schema of the embedded database; each migration runs once, in order, in its own transaction.</summary>
internal static class SqliteSchema
{
    // Append new migrations; never edit one that has shipped.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE sessions (
            id             TEXT PRIMARY KEY,
            client_kind    TEXT NOT NULL,
            user_label     TEXT,
            metadata       TEXT NOT NULL,
            created_at     INTEGER NOT NULL,
            last_active_at INTEGER NOT NULL,
            expires_at     INTEGER NOT NULL
        );
        CREATE INDEX ix_sessions_expires_at ON sessions (expires_at);
        CREATE INDEX ix_sessions_created_at ON sessions (created_at DESC, id DESC);

        CREATE TABLE cases (
            id            TEXT PRIMARY KEY,
            title         TEXT NOT NULL,
            status        TEXT NOT NULL,
            session_id    TEXT,
            created_at    INTEGER NOT NULL,
            updated_at    INTEGER NOT NULL,
            closed_at     INTEGER,
            turn_count    INTEGER NOT NULL,
            version       INTEGER NOT NULL,
            investigation TEXT NOT NULL
        );
        CREATE INDEX ix_cases_created_at ON cases (created_at DESC, id DESC);
        CREATE INDEX ix_cases_status ON cases (status, created_at DESC, id DESC);
        CREATE INDEX ix_cases_session ON cases (session_id, created_at DESC, id DESC);

        CREATE TABLE turns (
            case_id         TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            sequence        INTEGER NOT NULL,
            role            TEXT NOT NULL,
            content         TEXT NOT NULL,
            attachments     TEXT NOT NULL,
            created_at      INTEGER NOT NULL,
            idempotency_key TEXT,
            fingerprint     TEXT NOT NULL,
            PRIMARY KEY (case_id, sequence)
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX ux_turns_idempotency_key ON turns (case_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
        """,
        """
        CREATE TABLE pseudonyms (
            scope      TEXT NOT NULL,
            token      TEXT NOT NULL,
            type       TEXT NOT NULL,
            value      BLOB NOT NULL,
            PRIMARY KEY (scope, token)
        ) WITHOUT ROWID;
        CREATE TRIGGER tr_cases_delete_pseudonyms AFTER DELETE ON cases BEGIN DELETE FROM pseudonyms WHERE scope = old.id; END;
        """,
        """
        CREATE TABLE uploads (
            id         TEXT PRIMARY KEY,
            case_id    TEXT NOT NULL,
            sha256     TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            metadata   TEXT NOT NULL,
            analysis   TEXT NOT NULL,
            redactions TEXT NOT NULL
        );
        CREATE INDEX ix_uploads_case ON uploads (case_id, created_at DESC, id DESC);
        CREATE INDEX ix_uploads_content ON uploads (case_id, sha256);
        CREATE TRIGGER tr_cases_delete_uploads AFTER DELETE ON cases BEGIN DELETE FROM uploads WHERE case_id = old.id; END;
        """,
        """
        CREATE TABLE knowledge_documents (
            id           TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            updated_at   INTEGER NOT NULL,
            document     TEXT NOT NULL
        );
        CREATE INDEX ix_knowledge_documents_hash ON knowledge_documents (content_hash);
        CREATE INDEX ix_knowledge_documents_updated ON knowledge_documents (updated_at DESC, id DESC);
        """,
        // 5: the agent's full answer beside its turn, so a retried turn gets the same answer instead of a second investigation.
        """
        ALTER TABLE turns ADD COLUMN reply TEXT;
        """,
        // 6: knowledge-base chunk vectors, so a restart does not embed every chunk again.
        """
        CREATE TABLE knowledge_vectors (
            document_id  TEXT PRIMARY KEY REFERENCES knowledge_documents (id) ON DELETE CASCADE,
            content_hash TEXT NOT NULL,
            signature    TEXT NOT NULL,
            vectors      BLOB NOT NULL
        );
        """,
        // 7: owners and teams of cases and sessions (rows from before stay without: admins only), API keys (hashes only) and the
        // audit trail, the same table as PostgreSQL's: case_id holds the target's id, target_kind says what it is.
        """
        ALTER TABLE cases ADD COLUMN owner TEXT;
        ALTER TABLE cases ADD COLUMN team TEXT;
        CREATE INDEX ix_cases_team ON cases (team, created_at DESC, id DESC);
        ALTER TABLE sessions ADD COLUMN owner TEXT;
        ALTER TABLE sessions ADD COLUMN team TEXT;

        CREATE TABLE api_keys (
            id           TEXT PRIMARY KEY,
            hash         TEXT NOT NULL UNIQUE,
            name         TEXT NOT NULL,
            role         TEXT NOT NULL,
            team         TEXT,
            prefix       TEXT NOT NULL,
            created_at   INTEGER NOT NULL,
            created_by   TEXT,
            last_used_at INTEGER,
            revoked_at   INTEGER
        );
        CREATE INDEX ix_api_keys_created_at ON api_keys (created_at DESC, id DESC);

        CREATE TABLE case_events (
            id             INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id        TEXT NOT NULL,
            at             INTEGER NOT NULL,
            kind           TEXT NOT NULL,
            detail         TEXT NOT NULL,
            target_kind    TEXT NOT NULL DEFAULT 'case',
            actor_id       TEXT,
            actor_name     TEXT,
            client_ip      TEXT,
            correlation_id TEXT
        );
        CREATE INDEX ix_case_events_case ON case_events (case_id, id);
        CREATE INDEX ix_case_events_actor ON case_events (actor_id, id);
        CREATE INDEX ix_case_events_at ON case_events (at, id);
        """,
        // 8: resolved-case vectors for similar past incidents, so a restart does not embed every resolved case again. The team is
        // kept with the vector and matched on read, beside the text hash and the model signature.
        """
        CREATE TABLE case_vectors (
            case_id      TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
            team         TEXT,
            content_hash TEXT NOT NULL,
            signature    TEXT NOT NULL,
            vector       BLOB NOT NULL
        ) WITHOUT ROWID;
        """,
    ];

    /// <summary>Applies the migrations the database lacks and returns how many were applied.</summary>
    public static async Task<int> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        await ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);", cancellationToken);

        var applied = 0;
        for (var version = 1; version <= Migrations.Length; version++)
        {
            // BEGIN IMMEDIATE: a second process migrating the same file waits here, then sees the version applied.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var check = connection.CreateCommand();
            check.Transaction = transaction;
            check.CommandText = "SELECT count(*) FROM schema_migrations WHERE version = $version";
            check.Parameters.AddWithValue("$version", version);
            if ((long)(await check.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, Migrations[version - 1], cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, applied_at) VALUES ($version, datetime('now'))";
            record.Parameters.AddWithValue("$version", version);
            await record.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            applied++;
        }

        return applied;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
