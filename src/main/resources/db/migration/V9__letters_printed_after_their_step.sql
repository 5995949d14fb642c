-- A letter is worded and numbered in its step's transaction and printed just after it commits, so
-- that printing (CPU, tens of milliseconds) no longer holds the lock on the agency's number series.
-- The words are kept with the letter, as issued, and the PDF's digest with the PDF; the same words
-- always print the same bytes. A letter whose printing a crash interrupted is printed when first read.
alter table document add column words jsonb;

alter table document_content add column sha256 varchar(64);
alter table document_content disable trigger document_content_kept_as_issued;
update document_content c set sha256 = d.sha256 from document d where d.id = c.document_id;
alter table document_content enable trigger document_content_kept_as_issued;

-- The previous release still writes a letter's digest with the letter, and its PDF without one,
-- while both run during an upgrade: document.sha256 stays, no longer required, until the next
-- release drops it; a PDF kept without its digest has it computed when read.
alter table document alter column sha256 drop not null;
