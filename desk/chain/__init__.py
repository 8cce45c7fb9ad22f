"""A chain's head office: every store's figures side by side (issue 17).

The head office runs one PostgreSQL server with a database per store,
`desk_store_<code>` (desk.chain.stores): the store's own ids, so stores never collide,
and the store's own schema, so every statistic runs there unchanged.
- A store on PostgreSQL publishes its tables and the head office subscribes:
  PostgreSQL's logical replication keeps the copy current (desk.chain.replication).
- A store on SQLite is mirrored nightly by `desk chain append`, an idempotent
  `desk db copy --append` into its database (desk.chain.feed).
The head office reads with a role that may only read (desk.chain.stores.grant_reader).
"""
