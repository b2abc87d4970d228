"""The Discourse database initialisation Job: idempotent SQL run by psql as the PostgreSQL
superuser, from a ConfigMap, before Discourse starts.

It creates the discourse role and database if missing, the extensions Discourse needs, the
CJK text search parser and the `public.config_2_gram_cjk` configuration, makes that the
database's default, then smoke-tests Chinese, Japanese and Korean matching; any failure
fails the Job. The script is built from STEPS so tests can run exactly this text, skipping
(visibly) the steps whose extension a test server lacks."""

from __future__ import annotations

from dataclasses import dataclass

from dirtbike_constructs import (
    ConfigFiles,
    Container,
    HardenedJob,
    JobProps,
    Resources,
)

from ..site import PART_OF, Site
from . import postgres

SCRIPT_DIR = "/etc/discourse-db"
SCRIPT_NAME = "init.sql"
SUPERUSER_DIR = "/run/secrets/postgres"
CONFIG = "public.config_2_gram_cjk"
# Token types of pg_cjk_parser (those of the default parser plus `cjk`) that carry words
# or numbers; blank, tag, protocol and entity stay unindexed as in the built-in configs.
SIMPLE_TOKENS = (
    "asciihword",
    "cjk",
    "email",
    "file",
    "float",
    "host",
    "hword",
    "hword_asciipart",
    "hword_numpart",
    "hword_part",
    "int",
    "numhword",
    "numword",
    "sfloat",
    "uint",
    "url",
    "url_path",
    "version",
    "word",
)


@dataclass(frozen=True)
class Step:
    title: str
    sql: str
    requires: str | None = None  # an extension the step cannot run without


def _smoke(document: str, query: str, language: str) -> str:
    return (
        f"  IF NOT (to_tsvector('{CONFIG}', '{document}') @@ plainto_tsquery('{CONFIG}', '{query}')) THEN\n"
        f"    RAISE EXCEPTION 'CJK smoke test failed: % query % not found', '{language}', '{query}';\n"
        f"  END IF;\n"
    )


STEPS = (
    Step(
        "role",
        """DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'discourse') THEN
    CREATE ROLE discourse LOGIN;
  END IF;
END
$$;""",
    ),
    Step(
        "database",
        """SELECT 'CREATE DATABASE discourse OWNER discourse ENCODING ''UTF8'''
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'discourse')
\\gexec
\\connect discourse""",
    ),
    Step("extension hstore", "CREATE EXTENSION IF NOT EXISTS hstore;"),
    Step("extension pg_trgm", "CREATE EXTENSION IF NOT EXISTS pg_trgm;"),
    # Not named by the site's requirements, but Discourse's own migrations expect it.
    Step("extension unaccent", "CREATE EXTENSION IF NOT EXISTS unaccent;"),
    Step("extension vector", "CREATE EXTENSION IF NOT EXISTS vector;", requires="vector"),
    Step("extension pg_cjk_parser", "CREATE EXTENSION IF NOT EXISTS pg_cjk_parser;", requires="pg_cjk_parser"),
    Step(
        "parser",
        """DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_ts_parser WHERE prsname = 'pg_cjk_parser' AND prsnamespace = 'public'::regnamespace) THEN
    CREATE TEXT SEARCH PARSER public.pg_cjk_parser (
      START = prsd2_cjk_start, GETTOKEN = prsd2_cjk_nexttoken, END = prsd2_cjk_end,
      LEXTYPES = prsd2_cjk_lextype, HEADLINE = prsd2_cjk_headline);
  END IF;
END
$$;""",
        requires="pg_cjk_parser",
    ),
    Step(
        "configuration",
        f"""DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_ts_config WHERE cfgname = 'config_2_gram_cjk' AND cfgnamespace = 'public'::regnamespace) THEN
    CREATE TEXT SEARCH CONFIGURATION {CONFIG} (PARSER = public.pg_cjk_parser);
    ALTER TEXT SEARCH CONFIGURATION {CONFIG} ADD MAPPING FOR {", ".join(SIMPLE_TOKENS)} WITH simple;
    ALTER TEXT SEARCH CONFIGURATION {CONFIG} ADD MAPPING FOR asciiword WITH english_stem;
  END IF;
END
$$;""",
        requires="pg_cjk_parser",
    ),
    Step("database default", f"ALTER DATABASE discourse SET default_text_search_config = '{CONFIG}';", requires="pg_cjk_parser"),
    Step(
        "smoke tests",
        "DO $$\nBEGIN\n"
        + _smoke("我們週末在東京タワー和北京的天安門騎越野摩托車", "東京タワー", "Japanese")
        + _smoke("我們週末在東京タワー和北京的天安門騎越野摩托車", "天安門", "Chinese")
        + _smoke("주말에 서울 근교에서 산악 오토바이를 탔습니다", "오토바이", "Korean")
        + "END\n$$;",
        requires="pg_cjk_parser",
    ),
    Step("ownership", "ALTER DATABASE discourse OWNER TO discourse;"),
)


def script() -> str:
    parts = [
        "-- Discourse database initialisation. Idempotent: safe to run on every apply.",
        "-- Run as the PostgreSQL superuser with: psql -v ON_ERROR_STOP=1 -f init.sql",
        "",
    ]
    for step in STEPS:
        parts.append(f"-- step: {step.title}" + (f" (requires {step.requires})" if step.requires else ""))
        parts.append(step.sql)
        parts.append("")
    return "\n".join(parts)


def build(site: Site) -> HardenedJob:
    rw = f"{postgres.SERVICE_RW}.{site.ns('data')}.svc"
    return HardenedJob(
        site.chart("data"),
        "discourse-db-init",
        JobProps(
            namespace=site.ns("data"),
            component="database-init",
            part_of=PART_OF,
            container=Container(
                name="psql",
                image=postgres.IMAGE,
                resources=Resources(cpu="50m", memory="64Mi", cpu_limit="500m", memory_limit="256Mi"),
                # The password is read from the mounted file when the Job starts; it never
                # appears in the manifest.
                command=(
                    "sh",
                    "-c",
                    f'PGPASSWORD="$(cat {SUPERUSER_DIR}/password)" exec psql -v ON_ERROR_STOP=1 -f {SCRIPT_DIR}/{SCRIPT_NAME}',
                ),
                env={
                    "PGHOST": rw,
                    "PGPORT": "5432",
                    "PGUSER": "postgres",
                    "PGDATABASE": "postgres",
                    "PGSSLMODE": "require",
                    "PGAPPNAME": "discourse-db-init",
                },
                run_as_user=10001,
                run_as_group=10001,
                mounts=(ConfigFiles("script", SCRIPT_DIR, {SCRIPT_NAME: script()}), site.secret_files("postgres-superuser", SUPERUSER_DIR)),
            ),
        ),
    )
