using Npgsql;

namespace FaultMaven.Infrastructure.Storage.Postgres;

/// <summary>The versioned schema of the shared database. Each migration runs once, in order, in its own transaction, under a
/// transaction-scoped advisory lock: instances starting together queue on the lock and find the work done.</summary>
internal static class PostgresSchema
{
    // Any constant shared by every instance; names the lock in pg_locks.
    private const long MigrationLock = 0x46_4D_5F_4D_49_47; // "FM_MIG"

    // Append new migrations; never edit one that has shipped. Times are UTC ticks (bigint), exact through a round trip.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE cases (
            id            text PRIMARY KEY,
            title         text NOT NULL,
            status        text NOT NULL,
            session_id    text,
            created_at    bigint NOT NULL,
            updated_at    bigint NOT NULL,
            closed_at     bigint,
            turn_count    integer NOT NULL,
            version       bigint NOT NULL,
            investigation jsonb NOT NULL
        );
        CREATE INDEX ix_cases_created_at ON cases (created_at DESC, id DESC);
        CREATE INDEX ix_cases_status ON cases (status, created_at DESC, id DESC);
        CREATE INDEX ix_cases_session ON cases (session_id, created_at DESC, id DESC);

        CREATE TABLE turns (
            case_id         text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            sequence        integer NOT NULL,
            role            text NOT NULL,
            content         text NOT NULL,
            attachments     jsonb NOT NULL,
            created_at      bigint NOT NULL,
            idempotency_key text,
            fingerprint     text NOT NULL,
            reply           text,
            PRIMARY KEY (case_id, sequence)
        );
        CREATE UNIQUE INDEX ux_turns_idempotency_key ON turns (case_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

        -- The audit trail: every change of a case's state, kept after the case is deleted.
        CREATE TABLE case_events (
            id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            case_id text NOT NULL,
            at      bigint NOT NULL,
            kind    text NOT NULL,
            detail  jsonb NOT NULL
        );
        CREATE INDEX ix_case_events_case ON case_events (case_id, id);

        CREATE TABLE pseudonyms (
            scope text NOT NULL, -- a case id; removed with the case by the case store
            token text NOT NULL,
            type  text NOT NULL,
            value bytea NOT NULL,
            PRIMARY KEY (scope, token)
        );

        CREATE TABLE uploads (
            id         text PRIMARY KEY,
            case_id    text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            sha256     text NOT NULL,
            created_at bigint NOT NULL,
            metadata   jsonb NOT NULL,
            analysis   jsonb NOT NULL,
            redactions jsonb NOT NULL
        );
        CREATE INDEX ix_uploads_case ON uploads (case_id, created_at DESC, id DESC);
        CREATE INDEX ix_uploads_content ON uploads (case_id, sha256);

        -- The redacted text of uploads; written before its upload row, so it is tied to the case rather than to the row.
        CREATE TABLE upload_contents (
            id      text PRIMARY KEY,
            case_id text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            content bytea NOT NULL
        );

        CREATE TABLE knowledge_documents (
            id           text PRIMARY KEY,
            content_hash text NOT NULL,
            updated_at   bigint NOT NULL,
            document     jsonb NOT NULL
        );
        CREATE INDEX ix_knowledge_documents_hash ON knowledge_documents (content_hash);
        CREATE INDEX ix_knowledge_documents_updated ON knowledge_documents (updated_at DESC, id DESC);

        CREATE TABLE knowledge_vectors (
            document_id  text PRIMARY KEY REFERENCES knowledge_documents (id) ON DELETE CASCADE,
            content_hash text NOT NULL,
            signature    text NOT NULL,
            vectors      bytea NOT NULL
        );

        -- Secrets the instances share when no one gave them by configuration (the pseudonym key).
        CREATE TABLE secrets (
            name  text PRIMARY KEY,
            value text NOT NULL
        );
        """,
        // 2: owners and teams of cases (rows from before stay without: admins only), API keys (hashes only), and case_events grown
        // into the whole audit trail: case_id holds the target's id, target_kind says what it is, and who did it from where.
        """
        ALTER TABLE cases ADD COLUMN owner text, ADD COLUMN team text;
        CREATE INDEX ix_cases_team ON cases (team, created_at DESC, id DESC);

        CREATE TABLE api_keys (
            id           text PRIMARY KEY,
            hash         text NOT NULL UNIQUE,
            name         text NOT NULL,
            role         text NOT NULL,
            team         text,
            prefix       text NOT NULL,
            created_at   bigint NOT NULL,
            created_by   text,
            last_used_at bigint,
            revoked_at   bigint
        );
        CREATE INDEX ix_api_keys_created_at ON api_keys (created_at DESC, id DESC);

        ALTER TABLE case_events
            ADD COLUMN target_kind text NOT NULL DEFAULT 'case',
            ADD COLUMN actor_id text,
            ADD COLUMN actor_name text,
            ADD COLUMN client_ip text,
            ADD COLUMN correlation_id text;
        CREATE INDEX ix_case_events_actor ON case_events (actor_id, id);
        CREATE INDEX ix_case_events_at ON case_events (at, id);
        """,
        // 3: resolved-case vectors for similar past incidents, so a restart does not embed every resolved case again. The team is
        // kept with the vector and matched on read, beside the text hash and the model signature.
        """
        CREATE TABLE case_vectors (
            case_id      text PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
            team         text,
            content_hash text NOT NULL,
            signature    text NOT NULL,
            vector       bytea NOT NULL
        );
        """,
    ];

    /// <summary>Gets the newest schema version.</summary>
    public static int LatestVersion => Migrations.Length;

    /// <summary>Applies the migrations the database lacks and returns how many were applied.</summary>
    public static async Task<int> MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = 0;
        for (var version = 1; version <= Migrations.Length; version++)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})", cancellationToken);
            await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", cancellationToken);
            await using (var check = new NpgsqlCommand("SELECT count(*) FROM schema_migrations WHERE version = $1", connection, transaction))
            {
                check.Parameters.Add(new() { Value = version });
                if ((long)(await check.ExecuteScalarAsync(cancellationToken))! > 0)
                {
                    continue;
                }
            }

            await ExecuteAsync(connection, transaction, Migrations[version - 1], cancellationToken);
            await using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (version) VALUES ($1)", connection, transaction))
            {
                record.Parameters.Add(new() { Value = version });
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            applied++;
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
