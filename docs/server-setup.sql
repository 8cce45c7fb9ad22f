-- The store's shared PostgreSQL for desk, for IT people who prefer psql.
-- It does what `desk server init` does, except the tables (those come from desk's own
-- schema steps, step 3 below). Safe to run again.
--
--   1. psql -U postgres -h SERVER -v db=desk -v owner=desk_owner -v app=desk_app -f server-setup.sql
--      (the three -v are optional: these are the defaults)
--   2. psql -U postgres -h SERVER -c '\password desk_owner'   and   -c '\password desk_app'
--      (psql sends the passwords hashed: no log on the server shows them)
--   3. on any PC with desk installed:
--      desk server upgrade --db postgresql://desk_owner@SERVER:5432/desk
--   4. let the desk PCs in: listen_addresses in postgresql.conf, and in pg_hba.conf
--      host  desk  desk_app,desk_owner  192.168.1.0/24  scram-sha-256
--      (your store's network), then reload PostgreSQL.
--   5. on each desk PC: desk join postgresql://desk_app@SERVER:5432/desk
--
-- desk_owner owns the database and its tables and alone changes the schema;
-- desk_app (the desks) may connect, read and write rows and draw ids: no DDL.

\set ON_ERROR_STOP on
\if :{?db}
\else
  \set db desk
\endif
\if :{?owner}
\else
  \set owner desk_owner
\endif
\if :{?app}
\else
  \set app desk_app
\endif

-- The two login roles, without power over other roles or databases.
SELECT format('CREATE ROLE %I LOGIN', :'owner')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'app')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
ALTER ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
ALTER ROLE :"app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;

-- The database, owned by the owner; only the two roles may connect.
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0',
              :'db', :'owner', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"app";

\connect :"db"
-- Only the owner creates in the schema (PostgreSQL 14 and older let everyone).
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
-- The desks: rows, not schema; tables the owner makes later get the same.
GRANT USAGE ON SCHEMA public TO :"app";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO :"app";
-- Which schema steps ran is the owner's record: the desks only read it.
SELECT format('REVOKE INSERT, UPDATE, DELETE ON TABLE schema_migration FROM %I', :'app')
 WHERE to_regclass('schema_migration') IS NOT NULL \gexec

\echo 'done. Next: \\password for both roles, then desk server upgrade as the owner (see the top of this file).'
