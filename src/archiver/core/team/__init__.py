"""The team's shared archive: a PostgreSQL server that holds every member's changes, and the
sync that pushes this copy's and pulls the others' through ``core.sync``'s merge
(docs/team.md). Only this package imports the PostgreSQL driver."""
