"""Copies of one archive brought together: the payload one copy sends, and the merge.

``payload``   the Payload (documents, records and changes in UUID terms) and its checks
``collect``   an archive's payload: all, some documents, or what changed since a date
``merge``     a payload merged into an archive as one journaled, undoable step
``records``   the payload's rows this copy lacks, stored whole (parents first)
``apply``     one portable operation applied here, conflicts found
``ops``       what a portable operation names, and what names a record
``conflicts`` the conflicts kept, and resolving them

The bundle (``core/bundle``) carries a payload in a zip file with the originals; the team's
sync would carry the same payload over a database. No module here issues SQL.
"""
