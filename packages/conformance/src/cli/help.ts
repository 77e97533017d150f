/** The help text, for the command it is run as (`gongkai-conformance`, `gongkai-gateway check-department`). */
export const help = (command: string): string => `Usage: ${command} BASE_URL [options]

Checks that the department system at BASE_URL (the part before /v1/…) implements the Gongkai v1
contract: every answer against the contract (status, headers, media type, body), lists (limit
bounds, cursor walks without repeats or gaps, the declared order, filters), single resources
and unknown ids, ETags and 304, bad input (400 problem+json naming the parameter, never 5xx),
the changes feed (ordered, complete, resumable), CSV, CAP 1.2 and Atom. It only reads unless
--allow-writes is given.

Options:
  --token T          the department's staff token (what GONGKAI_ADMIN_TOKENS holds), or set
                     GONGKAI_CONFORMANCE_TOKEN: also checks the staff reads and, with
                     --allow-writes, replies to its own feedback to check the rating
  --allow-writes     let the checks write: file one disclosure request and send one piece of
                     feedback (with made-up personal data) to check Idempotency-Key, access
                     tokens and that personal data stays private. Only with the department's
                     consent: the records stay.
  --json             print the report as JSON on stdout (and no progress line)
  --junit FILE       also write the report as JUnit XML to FILE
  --only ID          run only these checks: an area (lists, changes…), a rule
                     (lists.cursor-walk) or a whole id (lists.cursor-walk:listItems); repeat it
                     or separate with commas
  --max-records N    read at most N records in a walk of one list (default 1000)
  --timeout MS       how long to wait for each answer (default 10000)
  --quiet            print only the failures and the summary
  -h, --help         this text
  -v, --version      the version of the checks and of the contract they check

Exit status: 0 conforming, 1 violations found, 2 unreachable or a wrong command line.

Examples:
  ${command} http://127.0.0.1:4001
  ${command} https://data.example.gov.cn/finance --json > conformance.json
  GONGKAI_CONFORMANCE_TOKEN=$(cat staff.token) ${command} http://127.0.0.1:4001 --allow-writes --junit conformance.xml
`;
