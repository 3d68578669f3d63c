import { MigrationInterface, QueryRunner } from "typeorm";

/** The schema of issue 3: accounts, tokens, sessions, rate limits, the audit chain and the company record. */

export class Init1795626674383 implements MigrationInterface {
    name = 'Init1795626674383'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
        await queryRunner.query(`CREATE TABLE "audit_event" ("seq" bigint NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_label" text NOT NULL, "record_type" text NOT NULL, "record_id" text NOT NULL, "action" text NOT NULL, "before" jsonb, "after" jsonb, "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_53300da00860bdf4dc3ef7daae6" PRIMARY KEY ("seq"))`);
        await queryRunner.query(`CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "role" text NOT NULL, "password_hash" text NOT NULL, "disabled_at" TIMESTAMP WITH TIME ZONE, "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_56a0e4bcec2b5411beafa47ffa5" UNIQUE ("email"), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" text NOT NULL, "prefix" text NOT NULL, "token_hash" text NOT NULL, "scope" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_bafaa5aab5957cd193fb2da8f24" UNIQUE ("token_hash"), CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_1725c5ea908ff009f6ab3fa34f" ON "api_token"  ("user_id") `);
        await queryRunner.query(`CREATE TABLE "company" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "aliases" text array NOT NULL DEFAULT '{}', "country" character(2), "website" text, "kind" text NOT NULL, "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "source_url" text, "source_title" text, "source_publisher" text, "source_published_on" date, CONSTRAINT "PK_056f7854a7afdba7cbd6d45fc20" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_47216baa0f0c8ebc6ee5a74989" ON "company"  ("slug") `);
        await queryRunner.query(`CREATE INDEX "IDX_fd5031702d1bf50c627a285d33" ON "company"  ("country") `);
        await queryRunner.query(`CREATE INDEX "IDX_7eb4f65c6b62a570cc84b5a973" ON "company"  ("kind") `);
        await queryRunner.query(`CREATE TABLE "ownership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "parent_id" uuid NOT NULL, "subsidiary_id" uuid NOT NULL, "share" numeric(5,2), "since" date, "until" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "source_url" text, "source_title" text, "source_publisher" text, "source_published_on" date, CONSTRAINT "ownership_period" CHECK ("until" IS NULL OR "since" IS NULL OR "until" >= "since"), CONSTRAINT "ownership_share_range" CHECK ("share" IS NULL OR ("share" > 0 AND "share" <= 100)), CONSTRAINT "ownership_not_self" CHECK ("parent_id" <> "subsidiary_id"), CONSTRAINT "PK_f911f1e192c37beebcf9ef2f756" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e5bcf48cffcd8d5e129d6f41a7" ON "ownership"  ("parent_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_68fcd1f92db3e4f2f01f33e804" ON "ownership"  ("subsidiary_id") `);
        await queryRunner.query(`CREATE TABLE "state_body" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "aliases" text array NOT NULL DEFAULT '{}', "country" character(2) NOT NULL, "website" text, "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "source_url" text, "source_title" text, "source_publisher" text, "source_published_on" date, CONSTRAINT "PK_1c3a427cce1fc980fdb2bcae32d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0efe1bf4e4ba635e238c6330fe" ON "state_body"  ("slug") `);
        await queryRunner.query(`ALTER TABLE "api_token" ADD CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ownership" ADD CONSTRAINT "FK_e5bcf48cffcd8d5e129d6f41a71" FOREIGN KEY ("parent_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "ownership" ADD CONSTRAINT "FK_68fcd1f92db3e4f2f01f33e804c" FOREIGN KEY ("subsidiary_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Sessions (connect-pg-simple's table, created here rather than by the store at run time).
        await queryRunner.query(`CREATE TABLE "session" ("sid" varchar NOT NULL COLLATE "default", "sess" json NOT NULL, "expire" timestamp(6) NOT NULL, CONSTRAINT "session_pkey" PRIMARY KEY ("sid"))`);
        await queryRunner.query(`CREATE INDEX "IDX_session_expire" ON "session" ("expire")`);
        // Rate-limit counters, keyed by a keyed hash of the client address (never the address).
        await queryRunner.query(`CREATE TABLE "rate_limit" ("key" text NOT NULL, "hits" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_rate_limit" PRIMARY KEY ("key"))`);
        await queryRunner.query(`CREATE INDEX "IDX_rate_limit_expires" ON "rate_limit" ("expires_at")`);
        // The audit trail is append-only: the database itself refuses to change or remove a row.
        await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`);
        await queryRunner.query(`CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
        await queryRunner.query(`CREATE INDEX "IDX_audit_event_record" ON "audit_event" ("record_type", "record_id", "seq")`);
        // Case- and accent-insensitive search over names and aliases.
        await queryRunner.query(`CREATE INDEX "IDX_company_name_trgm" ON "company" USING gin (lower("name") gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_company_name_trgm"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_record"`);
        await queryRunner.query(`DROP TRIGGER "audit_event_append_only" ON "audit_event"`);
        await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
        await queryRunner.query(`DROP TABLE "rate_limit"`);
        await queryRunner.query(`DROP TABLE "session"`);
        await queryRunner.query(`ALTER TABLE "ownership" DROP CONSTRAINT "FK_68fcd1f92db3e4f2f01f33e804c"`);
        await queryRunner.query(`ALTER TABLE "ownership" DROP CONSTRAINT "FK_e5bcf48cffcd8d5e129d6f41a71"`);
        await queryRunner.query(`ALTER TABLE "api_token" DROP CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0efe1bf4e4ba635e238c6330fe"`);
        await queryRunner.query(`DROP TABLE "state_body"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_68fcd1f92db3e4f2f01f33e804"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e5bcf48cffcd8d5e129d6f41a7"`);
        await queryRunner.query(`DROP TABLE "ownership"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7eb4f65c6b62a570cc84b5a973"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fd5031702d1bf50c627a285d33"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_47216baa0f0c8ebc6ee5a74989"`);
        await queryRunner.query(`DROP TABLE "company"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1725c5ea908ff009f6ab3fa34f"`);
        await queryRunner.query(`DROP TABLE "api_token"`);
        await queryRunner.query(`DROP TABLE "user_account"`);
        await queryRunner.query(`DROP TABLE "audit_event"`);
    }

}
