// Generated from openapi/v1 by packages/spec/scripts/generate.mjs — do not edit.
/* eslint-disable */
export type paths = {
    "/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the departments
         * @description Every disclosure body behind this API, with its disclosure office and guide (Art. 12). Through the gateway each carries `health`: whether it answers now.
         */
        get: operations["listDepartments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/departments/{departmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a department
         * @description One disclosure body, its disclosure office and guide.
         */
        get: operations["getDepartment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search disclosure items
         * @description Proactively disclosed items across the departments asked, merged by `sort` with one cursor. `q` searches Chinese text by substring. When a department fails, the answer is still 200 with `meta.partial` and `meta.failures`.
         */
        get: operations["listItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a disclosure item
         * @description One item with its full text, attachments and timeliness. A withdrawn item is still answered, marked `withdrawn` with the reason.
         */
        get: operations["getItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{itemId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the revisions of an item
         * @description Every revision of the item as it was published, oldest first: nothing is altered silently.
         */
        get: operations["listItemHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feeds/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Atom feed of new items
         * @description The newest items as an Atom feed (RFC 4287) for feed readers, filtered like `/v1/items`.
         */
        get: operations["getItemsFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List fee schedules
         * @description Administrative fee items, their standards and legal basis (Art. 20(8)), down to village level, newest first (`publishedAt` descending, ties by `id` descending). `division` includes every division inside it. Ask for `text/csv` to get the same page as CSV (the next page in `Link`).
         */
        get: operations["listFees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fees/{feeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a fee schedule
         * @description One fee item with its standard, legal basis, approving authority and validity.
         */
        get: operations["getFee"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List budgets and final accounts
         * @description Department budgets and final accounts (Art. 20(7)) with lines and the three public expenses, newest first (`publishedAt` descending, ties by `id` descending). Ask for `text/csv` for one row per line.
         */
        get: operations["listBudgets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/budgets/{budgetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a budget or final account
         * @description One budget or final account; `text/csv` gives its lines.
         */
        get: operations["getBudget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List emergency notices
         * @description Emergency warnings (Art. 20(12)), newest first (`issuedAt` descending, ties by `id` descending); `division` finds notices for an area and everything inside it.
         */
        get: operations["listAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/{alertId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an emergency notice
         * @description One notice; ask for `application/cap+xml` to get it as OASIS CAP 1.2 for alerting systems.
         */
        get: operations["getAlert"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List published feedback
         * @description Questions, complaints and suggestions the submitters allowed to publish, with the departments’ public replies and ratings, newest first (`submittedAt` descending, ties by `id` descending). Never a submitter’s identity.
         */
        get: operations["listFeedback"];
        put?: never;
        /**
         * Submit feedback
         * @description Send a consultation, request for help, complaint, report, suggestion or praise to a department. Keep the `accessToken` of the answer: it lets you rate the reply.
         */
        post: operations["submitFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/{feedbackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get published feedback
         * @description One published feedback with its reply and rating.
         */
        get: operations["getFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback/{feedbackId}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate the reply
         * @description The submitter rates the reply on the five levels (非常满意 … 非常不满意) with the feedback’s access token. Levels 1–2 are bad reviews: the department must rectify by `rectificationDueOn`. A rating cannot be changed (409).
         */
        post: operations["rateFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File a disclosure request
         * @description Apply for government information (Art. 27–29). The answer gives the tracking number, a secret access token (shown once), the legal receipt date and the reply due date: 20 working days (Art. 33) by the working-day calendar named in `calendarVersion`. Send an `Idempotency-Key` so a retry never files twice.
         */
        post: operations["submitRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{trackingNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Track a disclosure request
         * @description The request as its applicant sees it — status, the clock with pauses, restart and extension, every event, the decision with reasons and remedies — with the access token as `Authorization: Bearer <token>`. Without the token it is 401; with a wrong one 404, so tracking numbers cannot be probed.
         */
        get: operations["getRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow every change
         * @description Every create, update and withdrawal of items, fees, budgets, alerts and feedback replies, oldest first: a department numbers its changes with a monotonic `sequence` and stamps `occurredAt` when it records them; the gateway merges departments by `occurredAt` (ties by department, then `sequence`), never handing out a department's changes out of its own `sequence` order, so a walk that follows `links.next` sees every change exactly once. `meta.cursor` is present on every page, also the last, and `links.next` only while more changes are waiting. Keep `meta.cursor` and pass it as `since` to resume exactly where you stopped.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every record of a kind, with full text
         * @description Every public record of one kind (`items` with their full `body`, `fees`, `budgets`, `alerts`, published `feedback`)
         *     in one streamed file, in `id` order (byte order; on the gateway, department after department), counted as one
         *     request against the quota.
         *
         *     - `format=ndjson` (default): `application/gzip`, a gzip file (not a `Content-Encoding`: the bytes sent are the
         *       file to keep) of one JSON record a line, the last line an `ExportTrailer` with the count and the SHA-256 of the
         *       uncompressed bytes before it. No valid trailer means the file is not whole.
         *     - `format=ndjson-plain` or `Accept: application/x-ndjson`: `application/x-ndjson`, the same lines and trailer line
         *       not compressed (the trailer's SHA-256 is of the bytes sent before it): as fast as the store reads, for a fast
         *       link or a client that asks for HTTP's own `Content-Encoding`.
         *     - `format=csv` or `Accept: text/csv`: `text/csv` (UTF-8 with BOM), the columns of the list's CSV; an HTTP
         *       trailer `Repr-Digest` carries the SHA-256 of the bytes sent; a broken-off CSV ends the connection without the
         *       last chunk, so every HTTP client reports it.
         *
         *     Resume a broken-off export with `after=<id of the last record received>`. Take `Gongkai-Changes-Cursor` (also in
         *     the trailer) and follow `GET /v1/changes?since=` afterwards to keep a copy up to date.
         */
        get: operations["exportRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/annual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Annual report tables
         * @description Tables 2, 3 and 4 of the annual report in the 2021 format, derived from the data, with the consistency checks. With `department` one body’s report (the published one if it was published); without, the sum over all departments.
         */
        get: operations["getAnnualReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compliance measures
         * @description What software can measure of each body’s disclosure duties: empty mandatory categories, late publication, overdue requests, annual reports, guide currency, change history. Without `department`, a scoreboard of all departments.
         */
        get: operations["getCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an item
         * @description Publish an item; it appears in the changes feed at once. Its `publishedAt` is the time the department kit records it (Art. 26 is measured from it) and cannot be given; an earlier publication elsewhere goes in `publishedElsewhere`.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        post: operations["createItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update an item
         * @description Replace an item with a new revision; the previous revision stays in the history. Send `If-Match` with the ETag you read to avoid overwriting someone else's change.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        put: operations["updateItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/items/{itemId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an item
         * @description Withdraw an item: it stays visible, marked withdrawn with the reason, and the withdrawal is a revision of its own.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        post: operations["withdrawItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a fee schedule
         * @description Publish a fee schedule; it appears in the changes feed at once.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        post: operations["createFee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/fees/{feeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a fee schedule
         * @description Replace a fee schedule with a new revision; the previous revision stays in the history. Send `If-Match` with the ETag you read to avoid overwriting someone else's change.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        put: operations["updateFee"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/fees/{feeId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a fee schedule
         * @description Withdraw a fee schedule: it stays visible, marked withdrawn with the reason, and the withdrawal is a revision of its own.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        post: operations["withdrawFee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a budget or final account
         * @description Publish a budget or final account; it appears in the changes feed at once.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        post: operations["createBudget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/budgets/{budgetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a budget or final account
         * @description Replace a budget or final account with a new revision; the previous revision stays in the history. Send `If-Match` with the ETag you read to avoid overwriting someone else's change.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        put: operations["updateBudget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/budgets/{budgetId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a budget or final account
         * @description Withdraw a budget or final account: it stays visible, marked withdrawn with the reason, and the withdrawal is a revision of its own.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        post: operations["withdrawBudget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an emergency notice
         * @description Publish an emergency notice; it appears in the changes feed at once.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        post: operations["createAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/alerts/{alertId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update an emergency notice
         * @description Replace an emergency notice with a new revision; the previous revision stays in the history. Send `If-Match` with the ETag you read to avoid overwriting someone else's change.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        put: operations["updateAlert"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/alerts/{alertId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an emergency notice
         * @description Withdraw an emergency notice: it stays visible, marked withdrawn with the reason, and the withdrawal is a revision of its own.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        post: operations["withdrawAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List requests
         * @description The department's requests, newest first, with personal data.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        get: operations["listRequestsForDepartment"];
        put?: never;
        /**
         * Register a request received offline
         * @description Register a request received in person, by post, fax, e-mail or orally; the receipt date follows Art. 31 from the evidence given. The answer carries the applicant's access token.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        post: operations["registerRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/requests/{trackingNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a request
         * @description One request with personal data, the clock and every event.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        get: operations["getRequestForDepartment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/requests/{trackingNumber}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a request event
         * @description Record a supplement asked (with its deadline) or received, a consultation started, received by the consulted party (where recorded) or ended, an extension, a deferred reply (Art. 35), a fee notice (never of ¥0.00) or payment, the decision (with the fee, computed per 国办函〔2020〕109号), a withdrawal, a remedy case, or the new reply after a remedy corrected the decision. Rules of the law are checked; a breach is 422 naming the rule and dates.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        post: operations["recordRequestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all feedback
         * @description All feedback, published or not, with the submitter's contact for replies and return visits.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        get: operations["listFeedbackForDepartment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/feedback/{feedbackId}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply to feedback
         * @description Reply to feedback and, if the submitter consented, publish the question and the reply.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        post: operations["replyToFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/feedback/{feedbackId}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move feedback to a later stage
         * @description Record dispatch, supervision, closing, the return visit… Stages only move forward.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        post: operations["advanceFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/reports/annual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the annual report
         * @description Freeze and publish the annual report of a year as derived from the data. Refused with 422 when a consistency check fails (the answer lists them), the cross-year check included. Before the year's final account exists, `feeRevenue` states table 2's fee revenue. Once published, the year's figures do not move: registering a request or dating a decision, withdrawal or remedy into that year is refused.
         *
         *     Department admin: served by the department only (bearer token), never through the gateway.
         */
        post: operations["publishAnnualReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * Alert
         * @description An emergency notice (突发事件预警信息, Art. 20(12)). Severity follows China's four colours
         *     (red = I … blue = IV); `application/cap+xml` gives the same notice as OASIS CAP 1.2.
         * @example {
         *       "id": "ln-emergency:alert-2026-0007",
         *       "departmentId": "ln-emergency",
         *       "type": "naturalDisaster",
         *       "event": "暴雨",
         *       "severity": "orange",
         *       "headline": "辽宁省应急管理厅发布暴雨橙色预警",
         *       "description": "预计7月23日20时至24日20时，阜新、锦州、朝阳等地将出现大暴雨，局地特大暴雨。",
         *       "instructions": "停止户外集体活动，转移危险地带人员，注意防范山洪、泥石流等次生灾害。",
         *       "areas": [
         *         {
         *           "code": "210900",
         *           "name": "阜新市"
         *         },
         *         {
         *           "code": "210700",
         *           "name": "锦州市"
         *         }
         *       ],
         *       "issuedAt": "2026-07-23T16:00:00+08:00",
         *       "updatedAt": "2026-07-23T16:00:00+08:00",
         *       "expiresAt": "2026-07-24T20:00:00+08:00",
         *       "status": "expired",
         *       "msgType": "alert",
         *       "sender": "辽宁省应急管理厅",
         *       "contact": "024-23000000",
         *       "revision": 1
         *     }
         */
        Alert: {
            id: components["schemas"]["ResourceId"];
            departmentId: components["schemas"]["DepartmentId"];
            type: components["schemas"]["AlertType"];
            /** @description The hazard, e.g. 暴雨, 森林火险, 寒潮. */
            event: string;
            severity: components["schemas"]["Severity"];
            headline: string;
            description: string;
            instructions: string;
            areas: components["schemas"]["Division"][];
            issuedAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            effectiveAt?: components["schemas"]["Timestamp"];
            expiresAt: components["schemas"]["Timestamp"];
            status: components["schemas"]["AlertStatus"];
            /**
             * @description CAP message type of the latest revision.
             * @enum {string}
             */
            msgType: "alert" | "update" | "cancel";
            sender?: string;
            contact?: string;
            revision?: number;
            /** @description When and why the notice was lifted (解除); present once `status` is `cancelled`. */
            cancellation?: components["schemas"]["Withdrawal"];
        };
        /**
         * AlertInput
         * @description Department admin input for an emergency notice. Updating it publishes a CAP `update`; withdrawing it publishes a `cancel`.
         * @example {
         *       "type": "naturalDisaster",
         *       "event": "森林火险",
         *       "severity": "yellow",
         *       "headline": "彰武县发布森林火险黄色预警",
         *       "description": "未来三天我县大部地区气温偏高、风力较大，森林火险等级较高。",
         *       "instructions": "严禁野外用火，发现火情立即拨打12119。",
         *       "areas": [
         *         {
         *           "code": "210922",
         *           "name": "彰武县"
         *         }
         *       ],
         *       "expiresAt": "2026-04-12T18:00:00+08:00"
         *     }
         */
        AlertInput: {
            id?: components["schemas"]["ResourceId"];
            type: components["schemas"]["AlertType"];
            event: string;
            severity: components["schemas"]["Severity"];
            headline: string;
            description: string;
            instructions: string;
            areas: components["schemas"]["Division"][];
            issuedAt?: components["schemas"]["Timestamp"];
            effectiveAt?: components["schemas"]["Timestamp"];
            expiresAt: components["schemas"]["Timestamp"];
            sender?: string;
            contact?: string;
        };
        /**
         * AlertList
         * @description A page of emergency notices, newest first (only the `fields` asked, and `id`, with `fields=`).
         * @example {
         *       "data": [],
         *       "meta": {},
         *       "links": {}
         *     }
         */
        AlertList: {
            data: components["schemas"]["Alert"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * AlertStatus
         * @description State of an emergency notice. `expired` is computed from `expiresAt`.
         * @example active
         * @enum {string}
         */
        AlertStatus: "active" | "cancelled" | "expired";
        /**
         * AlertType
         * @description The four kinds of public emergency of the Emergency Response Law; maps to CAP categories.
         * @example naturalDisaster
         * @enum {string}
         */
        AlertType: "naturalDisaster" | "accidentDisaster" | "publicHealth" | "socialSecurity";
        /**
         * AnnualReport
         * @description The annual report on government information disclosure (政府信息公开工作年度报告) in the 2021
         *     format (国办公开办函〔2021〕30号), derived from the items, budgets and the request log — never typed
         *     by hand — with the results of the format's consistency checks. Departments publish by 31 January,
         *     governments by 31 March of the next year (Art. 49). Without a department it is the sum over the
         *     departments asked (`departments`).
         * @example {
         *       "departmentId": "ln-zhangwu",
         *       "departments": [
         *         "ln-zhangwu"
         *       ],
         *       "year": 2025,
         *       "format": "2021",
         *       "generatedAt": "2026-01-20T09:00:00+08:00",
         *       "dueOn": "2026-03-31",
         *       "table2": {
         *         "rules": {
         *           "issued": 0,
         *           "repealed": 0,
         *           "inForce": 0
         *         },
         *         "normativeDocuments": {
         *           "issued": 6,
         *           "repealed": 1,
         *           "inForce": 23
         *         },
         *         "licensing": {
         *           "decisions": 412
         *         },
         *         "penalties": {
         *           "decisions": 37
         *         },
         *         "coercion": {
         *           "decisions": 2
         *         },
         *         "fees": {
         *           "amount": "1200000.00",
         *           "tenThousandYuan": "120.0000",
         *           "source": "finalAccount"
         *         }
         *       },
         *       "table3": {
         *         "naturalPerson": {
         *           "newReceived": 1,
         *           "carriedOver": 0,
         *           "outcomes": {
         *             "granted": 1,
         *             "partial": 0,
         *             "denied": {
         *               "stateSecret": 0,
         *               "prohibitedByLaw": 0,
         *               "securityStability": 0,
         *               "thirdPartyRights": 0,
         *               "internalAffairs": 0,
         *               "processInformation": 0,
         *               "enforcementCaseFile": 0,
         *               "administrativeQuery": 0
         *             },
         *             "unable": {
         *               "notHeld": 0,
         *               "needsCreation": 0,
         *               "stillUnclear": 0
         *             },
         *             "notProcessed": {
         *               "petition": 0,
         *               "repeat": 0,
         *               "publication": 0,
         *               "excessive": 0,
         *               "confirmOrReissue": 0
         *             },
         *             "other": {
         *               "noSupplement": 0,
         *               "feeUnpaid": 0,
         *               "other": 0
         *             },
         *             "total": 1
         *           },
         *           "carriedForward": 0
         *         },
         *         "commercialEnterprise": {
         *           "newReceived": 0,
         *           "carriedOver": 0,
         *           "outcomes": {
         *             "granted": 0,
         *             "partial": 0,
         *             "denied": {
         *               "stateSecret": 0,
         *               "prohibitedByLaw": 0,
         *               "securityStability": 0,
         *               "thirdPartyRights": 0,
         *               "internalAffairs": 0,
         *               "processInformation": 0,
         *               "enforcementCaseFile": 0,
         *               "administrativeQuery": 0
         *             },
         *             "unable": {
         *               "notHeld": 0,
         *               "needsCreation": 0,
         *               "stillUnclear": 0
         *             },
         *             "notProcessed": {
         *               "petition": 0,
         *               "repeat": 0,
         *               "publication": 0,
         *               "excessive": 0,
         *               "confirmOrReissue": 0
         *             },
         *             "other": {
         *               "noSupplement": 0,
         *               "feeUnpaid": 0,
         *               "other": 0
         *             },
         *             "total": 0
         *           },
         *           "carriedForward": 0
         *         },
         *         "researchInstitution": {
         *           "newReceived": 0,
         *           "carriedOver": 0,
         *           "outcomes": {
         *             "granted": 0,
         *             "partial": 0,
         *             "denied": {
         *               "stateSecret": 0,
         *               "prohibitedByLaw": 0,
         *               "securityStability": 0,
         *               "thirdPartyRights": 0,
         *               "internalAffairs": 0,
         *               "processInformation": 0,
         *               "enforcementCaseFile": 0,
         *               "administrativeQuery": 0
         *             },
         *             "unable": {
         *               "notHeld": 0,
         *               "needsCreation": 0,
         *               "stillUnclear": 0
         *             },
         *             "notProcessed": {
         *               "petition": 0,
         *               "repeat": 0,
         *               "publication": 0,
         *               "excessive": 0,
         *               "confirmOrReissue": 0
         *             },
         *             "other": {
         *               "noSupplement": 0,
         *               "feeUnpaid": 0,
         *               "other": 0
         *             },
         *             "total": 0
         *           },
         *           "carriedForward": 0
         *         },
         *         "socialWelfareOrganization": {
         *           "newReceived": 0,
         *           "carriedOver": 0,
         *           "outcomes": {
         *             "granted": 0,
         *             "partial": 0,
         *             "denied": {
         *               "stateSecret": 0,
         *               "prohibitedByLaw": 0,
         *               "securityStability": 0,
         *               "thirdPartyRights": 0,
         *               "internalAffairs": 0,
         *               "processInformation": 0,
         *               "enforcementCaseFile": 0,
         *               "administrativeQuery": 0
         *             },
         *             "unable": {
         *               "notHeld": 0,
         *               "needsCreation": 0,
         *               "stillUnclear": 0
         *             },
         *             "notProcessed": {
         *               "petition": 0,
         *               "repeat": 0,
         *               "publication": 0,
         *               "excessive": 0,
         *               "confirmOrReissue": 0
         *             },
         *             "other": {
         *               "noSupplement": 0,
         *               "feeUnpaid": 0,
         *               "other": 0
         *             },
         *             "total": 0
         *           },
         *           "carriedForward": 0
         *         },
         *         "legalServiceOrganization": {
         *           "newReceived": 0,
         *           "carriedOver": 0,
         *           "outcomes": {
         *             "granted": 0,
         *             "partial": 0,
         *             "denied": {
         *               "stateSecret": 0,
         *               "prohibitedByLaw": 0,
         *               "securityStability": 0,
         *               "thirdPartyRights": 0,
         *               "internalAffairs": 0,
         *               "processInformation": 0,
         *               "enforcementCaseFile": 0,
         *               "administrativeQuery": 0
         *             },
         *             "unable": {
         *               "notHeld": 0,
         *               "needsCreation": 0,
         *               "stillUnclear": 0
         *             },
         *             "notProcessed": {
         *               "petition": 0,
         *               "repeat": 0,
         *               "publication": 0,
         *               "excessive": 0,
         *               "confirmOrReissue": 0
         *             },
         *             "other": {
         *               "noSupplement": 0,
         *               "feeUnpaid": 0,
         *               "other": 0
         *             },
         *             "total": 0
         *           },
         *           "carriedForward": 0
         *         },
         *         "otherOrganization": {
         *           "newReceived": 0,
         *           "carriedOver": 0,
         *           "outcomes": {
         *             "granted": 0,
         *             "partial": 0,
         *             "denied": {
         *               "stateSecret": 0,
         *               "prohibitedByLaw": 0,
         *               "securityStability": 0,
         *               "thirdPartyRights": 0,
         *               "internalAffairs": 0,
         *               "processInformation": 0,
         *               "enforcementCaseFile": 0,
         *               "administrativeQuery": 0
         *             },
         *             "unable": {
         *               "notHeld": 0,
         *               "needsCreation": 0,
         *               "stillUnclear": 0
         *             },
         *             "notProcessed": {
         *               "petition": 0,
         *               "repeat": 0,
         *               "publication": 0,
         *               "excessive": 0,
         *               "confirmOrReissue": 0
         *             },
         *             "other": {
         *               "noSupplement": 0,
         *               "feeUnpaid": 0,
         *               "other": 0
         *             },
         *             "total": 0
         *           },
         *           "carriedForward": 0
         *         },
         *         "total": {
         *           "newReceived": 1,
         *           "carriedOver": 0,
         *           "outcomes": {
         *             "granted": 1,
         *             "partial": 0,
         *             "denied": {
         *               "stateSecret": 0,
         *               "prohibitedByLaw": 0,
         *               "securityStability": 0,
         *               "thirdPartyRights": 0,
         *               "internalAffairs": 0,
         *               "processInformation": 0,
         *               "enforcementCaseFile": 0,
         *               "administrativeQuery": 0
         *             },
         *             "unable": {
         *               "notHeld": 0,
         *               "needsCreation": 0,
         *               "stillUnclear": 0
         *             },
         *             "notProcessed": {
         *               "petition": 0,
         *               "repeat": 0,
         *               "publication": 0,
         *               "excessive": 0,
         *               "confirmOrReissue": 0
         *             },
         *             "other": {
         *               "noSupplement": 0,
         *               "feeUnpaid": 0,
         *               "other": 0
         *             },
         *             "total": 1
         *           },
         *           "carriedForward": 0
         *         }
         *       },
         *       "table4": {
         *         "reconsideration": {
         *           "upheld": 0,
         *           "corrected": 0,
         *           "other": 0,
         *           "pending": 0,
         *           "total": 0
         *         },
         *         "litigationDirect": {
         *           "upheld": 0,
         *           "corrected": 0,
         *           "other": 0,
         *           "pending": 0,
         *           "total": 0
         *         },
         *         "litigationAfterReconsideration": {
         *           "upheld": 0,
         *           "corrected": 0,
         *           "other": 0,
         *           "pending": 0,
         *           "total": 0
         *         }
         *       },
         *       "otherMatters": {
         *         "processingFeesCollected": "0.00",
         *         "processingFeeCases": 0
         *       },
         *       "corrections": [],
         *       "checks": [
         *         {
         *           "rule": "table3.balance",
         *           "target": "total",
         *           "passed": true,
         *           "detail": "1 + 0 = 1 + 0"
         *         },
         *         {
         *           "rule": "table3.carriedOverMatchesPublished",
         *           "target": "total",
         *           "passed": true,
         *           "detail": "carriedOver 0 = carriedForward 0 of the 2024 report published at 2025-03-20T09:00:00+08:00"
         *         }
         *       ],
         *       "consistent": true
         *     }
         */
        AnnualReport: {
            departmentId?: components["schemas"]["DepartmentId"];
            departments: components["schemas"]["DepartmentId"][];
            year: number;
            /** @enum {string} */
            format: "2021";
            generatedAt: components["schemas"]["Timestamp"];
            /** @description When the department published (froze) this report; absent on a live draft. */
            publishedAt?: components["schemas"]["Timestamp"];
            /** Format: date */
            dueOn: string;
            /** @description 二、主动公开政府信息情况. */
            table2: {
                rules: components["schemas"]["DocumentCounts"];
                normativeDocuments: components["schemas"]["DocumentCounts"];
                licensing: {
                    decisions: number;
                };
                penalties: {
                    decisions: number;
                };
                coercion: {
                    decisions: number;
                };
                /**
                 * @description 行政事业性收费 本年收费金额, from the revenue line 10304 of the year's final account; null until
                 *     it is published. The final account usually comes out in the summer, after the report is due:
                 *     the department can enter the amount when it publishes the report (`source: entered`).
                 */
                fees: {
                    /**
                     * @description Where the amount comes from; absent while it is null.
                     * @enum {string}
                     */
                    source?: "finalAccount" | "entered";
                    amount: components["schemas"]["Money"] | null;
                    /** @description The same amount in 万元, as the official table states it. */
                    tenThousandYuan: string | null;
                };
            };
            /** @description 三、收到和处理政府信息公开申请情况, by applicant column. */
            table3: {
                naturalPerson: components["schemas"]["RequestCountsColumn"];
                commercialEnterprise: components["schemas"]["RequestCountsColumn"];
                researchInstitution: components["schemas"]["RequestCountsColumn"];
                socialWelfareOrganization: components["schemas"]["RequestCountsColumn"];
                legalServiceOrganization: components["schemas"]["RequestCountsColumn"];
                otherOrganization: components["schemas"]["RequestCountsColumn"];
                total: components["schemas"]["RequestCountsColumn"];
            };
            /** @description 四、政府信息公开行政复议、行政诉讼情况. */
            table4: {
                reconsideration: components["schemas"]["RemedyCountsRow"];
                litigationDirect: components["schemas"]["RemedyCountsRow"];
                litigationAfterReconsideration: components["schemas"]["RemedyCountsRow"];
            };
            /** @description 六、其他需要报告的事项. */
            otherMatters: {
                processingFeesCollected: components["schemas"]["Money"];
                processingFeeCases: number;
            };
            /**
             * @description Decisions of an earlier year recorded after that year's report was published (a notice
             *     published late that lists them). The published report stays as it was; this report states them
             *     here, as corrections of that year, and does not count them in its own table 2.
             */
            corrections?: {
                year: number;
                /** @enum {string} */
                row: "licensing" | "penalties" | "coercion";
                decisions: number;
                detail: string;
            }[];
            checks: components["schemas"]["ConsistencyCheck"][];
            /** @description Every check passed; a report that is not consistent cannot be published. */
            consistent: boolean;
            partial?: boolean;
            failures?: components["schemas"]["FederationFailure"][];
        };
        /**
         * AnnualReportPublication
         * @description Department admin input to publish (freeze) the annual report of a year. Refused (422) when a
         *     consistency check fails. `feeRevenue` states table 2's 行政事业性收费 when the year's final account
         *     is not published yet; when it is, the final account's figure is used and a different amount is
         *     refused.
         * @example {
         *       "year": 2025
         *     }
         * @example {
         *       "year": 2025,
         *       "feeRevenue": {
         *         "amount": "1200000.00"
         *       }
         *     }
         */
        AnnualReportPublication: {
            year: number;
            feeRevenue?: {
                amount: components["schemas"]["Money"];
            };
        };
        /**
         * Applicant
         * @description Who applies (Art. 29): name, identity proof and contact. Personal data is never public: it
         *     appears only to the applicant (with the access token) and to the department.
         * @example {
         *       "type": "naturalPerson",
         *       "name": "张明",
         *       "identityProof": {
         *         "kind": "residentIdCard",
         *         "number": "210102199001011234"
         *       },
         *       "contact": {
         *         "phone": "13800000000",
         *         "email": "zhangming@example.org"
         *       }
         *     }
         */
        Applicant: {
            type: components["schemas"]["ApplicantType"];
            /** @description 姓名或者名称. */
            name: string;
            identityProof: {
                kind: components["schemas"]["IdentityProofKind"];
                number: string;
            };
            /** @description At least one way to reach the applicant. */
            contact: {
                /** @description A phone number — digits, spaces, + and -, 5 to 20 characters. */
                phone?: string;
                /** Format: email */
                email?: string;
                address?: string;
                /** @description A six-digit postal code. */
                postcode?: string;
            };
            /** @description An agent applying on the applicant's behalf, with the authorization. */
            agent?: {
                name: string;
                authorization: string;
            };
        };
        /**
         * ApplicantType
         * @description Applicant type, exactly the columns of table 3 of the annual report (2021 format).
         * @example naturalPerson
         * @enum {string}
         */
        ApplicantType: "naturalPerson" | "commercialEnterprise" | "researchInstitution" | "socialWelfareOrganization" | "legalServiceOrganization" | "otherOrganization";
        /**
         * ApplicationChannel
         * @description How the application reached the body. It decides the legal receipt date (Art. 31): in person, the
         *     day submitted; registered post, the day signed for; ordinary post, the day the office confirms
         *     with the applicant; online or fax, the day both sides confirm; e-mail, the day the mail system
         *     received it (国办公开办函〔2015〕207号); oral, the day it was made and transcribed.
         * @example online
         * @enum {string}
         */
        ApplicationChannel: "inPerson" | "postSigned" | "postUnsigned" | "online" | "fax" | "email" | "oral";
        /**
         * Attachment
         * @description A file attached to an item, with what a reader needs to trust the download.
         * @example {
         *       "name": "2026年省级一般公共预算表.pdf",
         *       "mediaType": "application/pdf",
         *       "size": 482133,
         *       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
         *       "url": "https://czt.ln.gov.cn/files/2026/ys-2026-01.pdf"
         *     }
         */
        Attachment: {
            name: string;
            /** @example application/pdf */
            mediaType: string;
            /** @description Bytes. */
            size: number;
            sha256: string;
            url: components["schemas"]["WebUrl"];
        };
        /**
         * BodyKind
         * @description Kind of disclosure body (公开主体), Arts. 10, 54 and 55 of the Regulations.
         * @example governmentDepartment
         * @enum {string}
         */
        BodyKind: "peoplesGovernment" | "governmentDepartment" | "dispatchedOrInternalUnit" | "authorizedOrganization" | "publicEnterpriseOrInstitution";
        /**
         * Budget
         * @description A department's budget (预算) or final account (决算) for one year (Art. 20(7)): revenue and
         *     expenditure lines by classification code, and the "three public expenses" (三公经费).
         * @example {
         *       "id": "ln-finance:budget-2026",
         *       "departmentId": "ln-finance",
         *       "year": 2026,
         *       "kind": "budget",
         *       "title": "辽宁省财政厅2026年部门预算",
         *       "total": "86543210.00",
         *       "revenue": [
         *         {
         *           "code": "10304",
         *           "name": "行政事业性收费收入",
         *           "amount": "1200000.00"
         *         }
         *       ],
         *       "expenditure": [
         *         {
         *           "code": "201",
         *           "name": "一般公共服务支出",
         *           "amount": "70543210.00"
         *         },
         *         {
         *           "code": "20106",
         *           "name": "财政事务",
         *           "amount": "70543210.00"
         *         },
         *         {
         *           "code": "208",
         *           "name": "社会保障和就业支出",
         *           "amount": "16000000.00"
         *         }
         *       ],
         *       "threePublicExpenses": {
         *         "total": "1030000.00",
         *         "travelAbroad": "200000.00",
         *         "vehicles": {
         *           "total": "650000.00",
         *           "purchase": "0.00",
         *           "operation": "650000.00"
         *         },
         *         "receptions": "180000.00"
         *       },
         *       "publishedAt": "2026-02-10T09:00:00+08:00",
         *       "updatedAt": "2026-02-10T09:00:00+08:00",
         *       "revision": 1,
         *       "status": "published"
         *     }
         */
        Budget: {
            id: components["schemas"]["ResourceId"];
            departmentId: components["schemas"]["DepartmentId"];
            year: number;
            kind: components["schemas"]["BudgetKind"];
            title: string;
            /** @description Total expenditure; equals the sum of the top-level expenditure lines. */
            total: components["schemas"]["Money"];
            /** @description Revenue by the government revenue classification (政府收支分类科目); fee revenue is code 10304. */
            revenue: components["schemas"]["BudgetLine"][];
            /** @description Expenditure by functional classification (功能分类), class (2 digits + 1) → section → item. */
            expenditure: components["schemas"]["BudgetLine"][];
            threePublicExpenses: components["schemas"]["ThreePublicExpenses"];
            documentUrl?: components["schemas"]["WebUrl"];
            publishedAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            revision?: number;
            /** @enum {string} */
            status?: "published" | "withdrawn";
            withdrawal?: components["schemas"]["Withdrawal"];
        };
        /**
         * BudgetInput
         * @description Department admin input for a budget or final account; `total` must equal the sum of the 3-digit expenditure lines, the three public expenses must add up.
         * @example {
         *       "year": 2026,
         *       "kind": "budget",
         *       "title": "辽宁省应急管理厅2026年部门预算",
         *       "total": "52000000.00",
         *       "revenue": [],
         *       "expenditure": [
         *         {
         *           "code": "224",
         *           "name": "灾害防治及应急管理支出",
         *           "amount": "52000000.00"
         *         }
         *       ],
         *       "threePublicExpenses": {
         *         "total": "400000.00",
         *         "travelAbroad": "0.00",
         *         "vehicles": {
         *           "total": "300000.00",
         *           "purchase": "0.00",
         *           "operation": "300000.00"
         *         },
         *         "receptions": "100000.00"
         *       }
         *     }
         */
        BudgetInput: {
            id?: components["schemas"]["ResourceId"];
            year: number;
            kind: components["schemas"]["BudgetKind"];
            title: string;
            total: components["schemas"]["Money"];
            revenue: components["schemas"]["BudgetLine"][];
            expenditure: components["schemas"]["BudgetLine"][];
            threePublicExpenses: components["schemas"]["ThreePublicExpenses"];
            documentUrl?: components["schemas"]["WebUrl"];
            publishedAt?: components["schemas"]["Timestamp"];
        };
        /**
         * BudgetKind
         * @description A budget (预算) or a final account (决算).
         * @example budget
         * @enum {string}
         */
        BudgetKind: "budget" | "finalAccount";
        /**
         * BudgetLine
         * @description One line of a budget; `code` is the classification code (3 digits class, 5 section, 7 item).
         * @example {
         *       "code": "2080501",
         *       "name": "行政单位离退休",
         *       "amount": "3200000.00"
         *     }
         */
        BudgetLine: {
            code: string;
            name: string;
            amount: components["schemas"]["Money"];
        };
        /**
         * BudgetList
         * @description A page of budgets and final accounts (only the `fields` asked, and `id`, with `fields=`).
         * @example {
         *       "data": [],
         *       "meta": {},
         *       "links": {}
         *     }
         */
        BudgetList: {
            data: components["schemas"]["Budget"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * Category
         * @description Statutory category of proactive disclosure: the 15 categories every administrative organ discloses
         *     (Art. 20 of the Regulations on Open Government Information, 2019), the 7 that prefecture-city and
         *     county governments and their departments add (Art. 21, first sentence) and the 8 that township
         *     governments add (Art. 21, second sentence; land and house expropriation and social assistance are
         *     in both lists). `requiredAt` in each term lists the levels the category binds; villages and
         *     communities are not administrative organs, so no category binds them.
         * @example budgetsAndFinalAccounts
         * @enum {string}
         */
        Category: "regulations" | "agencyProfile" | "plans" | "statistics" | "licensing" | "penaltiesAndCoercion" | "budgetsAndFinalAccounts" | "administrativeFees" | "centralizedProcurement" | "majorProjects" | "livelihoodPolicies" | "emergencies" | "supervisionInspections" | "civilServiceRecruitment" | "otherStatutory" | "municipalConstruction" | "publicServices" | "publicWelfare" | "landExpropriation" | "housingExpropriation" | "publicSecurityAdministration" | "socialAssistance" | "agriculturalRuralPolicies" | "farmlandIrrigation" | "ruralLandContractTransfer" | "homesteadApproval" | "labourAndFundRaising";
        /**
         * Change
         * @description One entry of the changes feed. Fetch the resource by `resourceId` for its current state.
         * @example {
         *       "id": "ln-finance:1042",
         *       "sequence": 1042,
         *       "departmentId": "ln-finance",
         *       "resourceType": "item",
         *       "resourceId": "ln-finance:2026-000123",
         *       "action": "updated",
         *       "revision": 2,
         *       "occurredAt": "2026-03-12T16:00:00+08:00",
         *       "title": "辽宁省财政厅关于印发《辽宁省省级预算绩效管理办法》的通知"
         *     }
         */
        Change: {
            /** @description `<departmentId>:<sequence>`. */
            id: components["schemas"]["ResourceId"];
            /** @description Monotonic per department; never reused. */
            sequence: number;
            departmentId: components["schemas"]["DepartmentId"];
            resourceType: components["schemas"]["ResourceType"];
            resourceId: components["schemas"]["ResourceId"];
            action: components["schemas"]["ChangeAction"];
            revision?: number;
            occurredAt: components["schemas"]["Timestamp"];
            /** @description Title or headline of the resource at that revision, for feed readers. */
            title?: string;
        };
        /**
         * ChangeAction
         * @description What happened to the resource.
         * @example created
         * @enum {string}
         */
        ChangeAction: "created" | "updated" | "withdrawn";
        /**
         * ChangeList
         * @description A page of the changes feed, oldest first; `meta.cursor` resumes it.
         * @example {
         *       "data": [],
         *       "meta": {},
         *       "links": {}
         *     }
         */
        ChangeList: {
            data: components["schemas"]["Change"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * ComplianceReport
         * @description What software can measure of one body's disclosure duties (Arts. 47, 53): which mandatory
         *     categories have current content, items published within 20 working days of formation (Art. 26),
         *     requests replied on time, annual reports published by their due date and consistent, the guide
         *     kept current, and the change history that makes silent alteration visible.
         * @example {
         *       "departmentId": "ln-emergency",
         *       "asOf": "2026-11-26",
         *       "categories": [
         *         {
         *           "category": "emergencies",
         *           "required": true,
         *           "itemCount": 41,
         *           "latestPublishedAt": "2026-11-20T09:00:00+08:00",
         *           "status": "current"
         *         },
         *         {
         *           "category": "centralizedProcurement",
         *           "required": true,
         *           "itemCount": 0,
         *           "status": "empty"
         *         }
         *       ],
         *       "timeliness": {
         *         "measured": 60,
         *         "onTime": 57,
         *         "late": 3,
         *         "provisional": 0,
         *         "declared": {
         *           "items": 0,
         *           "onTime": 0,
         *           "late": 0
         *         },
         *         "lateItems": [
         *           {
         *             "id": "ln-emergency:2026-000031",
         *             "title": "关于2026年汛期安全生产工作的通知",
         *             "formedAt": "2026-05-06",
         *             "publishedAt": "2026-06-15T09:00:00+08:00",
         *             "workingDaysTaken": 27,
         *             "limitWorkingDays": 20,
         *             "basis": "measured"
         *           }
         *         ]
         *       },
         *       "requests": {
         *         "open": 2,
         *         "openOverdue": 0,
         *         "repliedOnTime": 14,
         *         "repliedLate": 1
         *       },
         *       "annualReports": [
         *         {
         *           "year": 2025,
         *           "dueOn": "2026-01-31",
         *           "published": true,
         *           "publishedAt": "2026-01-20T09:00:00+08:00",
         *           "onTime": true,
         *           "consistent": true
         *         }
         *       ],
         *       "guide": {
         *         "updatedAt": "2026-02-01T10:00:00+08:00",
         *         "current": true
         *       },
         *       "history": {
         *         "revisions": 75,
         *         "updates": 12,
         *         "withdrawals": 3
         *       }
         *     }
         */
        ComplianceReport: {
            departmentId: components["schemas"]["DepartmentId"];
            /** Format: date */
            asOf: string;
            categories: {
                category: components["schemas"]["Category"];
                /**
                 * @description Whether the category binds a body of this level (the category's `requiredAt`): Art. 20
                 *     every administrative organ, Art. 21's first sentence prefecture-city and county
                 *     governments and their departments, its second sentence townships. Nothing binds a
                 *     village or community, which is not an administrative organ.
                 */
                required: boolean;
                itemCount: number;
                latestPublishedAt?: components["schemas"]["Timestamp"];
                /**
                 * @description `current`: something published in the last 12 months; `stale`: only older items; `empty`: nothing.
                 * @enum {string}
                 */
                status: "current" | "stale" | "empty";
            }[];
            /**
             * @description Publication within each item's limit (Art. 26's 20 working days, or the shorter limit the
             *     department configured for the category). `measured`, `onTime`, `late` count the items whose
             *     publication time the department kit recorded; `declared` those whose time was only declared
             *     (imported from an earlier system) and earlier publications elsewhere, which are never counted
             *     as measured.
             */
            timeliness: {
                measured: number;
                onTime: number;
                late: number;
                provisional: number;
                declared?: {
                    items: number;
                    onTime: number;
                    late: number;
                };
                /** @description The latest late items (up to 20). */
                lateItems: {
                    id: components["schemas"]["ResourceId"];
                    title: string;
                    /** Format: date */
                    formedAt: string;
                    publishedAt: components["schemas"]["Timestamp"];
                    workingDaysTaken: number;
                    limitWorkingDays?: number;
                    /** @enum {string} */
                    basis?: "measured" | "declared";
                }[];
            };
            requests: {
                open: number;
                /** @description Open past the due date, counted with the clock as of `asOf` (a consultation whose window has passed no longer pauses it). */
                openOverdue: number;
                repliedOnTime: number;
                repliedLate: number;
            };
            annualReports: {
                year: number;
                /** Format: date */
                dueOn: string;
                published: boolean;
                publishedAt?: components["schemas"]["Timestamp"];
                onTime?: boolean;
                consistent: boolean;
            }[];
            guide: {
                updatedAt: components["schemas"]["Timestamp"];
                /** @description Updated within the last 12 months. */
                current: boolean;
            };
            history: {
                /** @description Immutable revisions recorded. */
                revisions: number;
                updates: number;
                withdrawals: number;
            };
        };
        /**
         * ComplianceScoreboard
         * @description Compliance measures per department, one entry each (one entry when a department is named).
         * @example {
         *       "asOf": "2026-11-26",
         *       "generatedAt": "2026-11-26T10:00:00+08:00",
         *       "departments": []
         *     }
         */
        ComplianceScoreboard: {
            /** Format: date */
            asOf: string;
            generatedAt: components["schemas"]["Timestamp"];
            departments: components["schemas"]["ComplianceReport"][];
            partial?: boolean;
            failures?: components["schemas"]["FederationFailure"][];
        };
        /**
         * ConsistencyCheck
         * @description One consistency rule of the annual-report format, applied to one column or row:
         *     `table3.balance` (一 + 二 = 三(七) + 四), `table3.outcomeTotal` (三(七) = the sum of the outcome rows),
         *     `table3.totalColumn` (总计 = the sum of the six applicant columns), `table4.total`
         *     (总计 = 维持 + 纠正 + 其他 + 尚未审结), and across years `table3.carriedOverMatchesPublished` (this
         *     year's 上年结转 equals 结转下年度 of the previous year's published report, per column).
         * @example {
         *       "rule": "table3.balance",
         *       "target": "naturalPerson",
         *       "passed": true,
         *       "detail": "18 + 3 = 20 + 1"
         *     }
         */
        ConsistencyCheck: {
            /** @enum {string} */
            rule: "table3.balance" | "table3.outcomeTotal" | "table3.totalColumn" | "table4.total" | "table3.carriedOverMatchesPublished";
            /** @description The column (table 3) or group (table 4) checked. */
            target: string;
            passed: boolean;
            /** @description The arithmetic, e.g. `18 + 3 = 20 + 1`. */
            detail: string;
        };
        /**
         * DeliveryMethod
         * @description How the applicant wants to receive the reply and the information (Art. 29).
         * @example email
         * @enum {string}
         */
        DeliveryMethod: "post" | "pickup" | "email" | "download";
        /**
         * Department
         * @description A disclosure body (公开主体) with its disclosure office and guide (Art. 12). Through the gateway
         *     it also carries `health`: whether the gateway can reach it now.
         * @example {
         *       "id": "ln-finance",
         *       "name": "辽宁省财政厅",
         *       "nameEn": "Department of Finance of Liaoning Province",
         *       "kind": "governmentDepartment",
         *       "level": "provincial",
         *       "division": {
         *         "code": "210000",
         *         "name": "辽宁省"
         *       },
         *       "unifiedSocialCreditCode": "11210000000000012X",
         *       "website": "https://czt.ln.gov.cn/",
         *       "disclosureOffice": {
         *         "name": "辽宁省财政厅政务公开办公室",
         *         "address": "辽宁省沈阳市和平区北五马路8号",
         *         "postcode": "110001",
         *         "officeHours": "工作日 8:30-11:30，13:00-16:30",
         *         "phone": "024-22000000",
         *         "email": "gk@czt.ln.gov.cn",
         *         "acceptedChannels": [
         *           "inPerson",
         *           "postSigned",
         *           "postUnsigned",
         *           "online"
         *         ]
         *       },
         *       "guide": {
         *         "url": "https://czt.ln.gov.cn/zfxxgk/gkzn/",
         *         "summary": "本指南说明本机关主动公开信息的分类、编排体系和获取方式，以及依申请公开的办理程序。",
         *         "updatedAt": "2026-01-15T09:00:00+08:00"
         *       }
         *     }
         */
        Department: {
            id: components["schemas"]["DepartmentId"];
            name: string;
            nameEn?: string;
            kind: components["schemas"]["BodyKind"];
            level: components["schemas"]["Level"];
            division: components["schemas"]["Division"];
            /** @description The superior body (for Art. 47 supervision and remedies). */
            parentId?: components["schemas"]["DepartmentId"];
            unifiedSocialCreditCode?: string;
            website?: components["schemas"]["WebUrl"];
            disclosureOffice: components["schemas"]["DisclosureOffice"];
            guide: components["schemas"]["DisclosureGuide"];
            health?: components["schemas"]["DepartmentHealth"];
        };
        /**
         * DepartmentHealth
         * @description Whether the gateway can reach the department now (its circuit breaker).
         * @example {
         *       "status": "up",
         *       "circuit": "closed",
         *       "consecutiveFailures": 0,
         *       "checkedAt": "2026-11-26T10:00:00+08:00"
         *     }
         */
        DepartmentHealth: {
            /** @enum {string} */
            status: "up" | "down" | "unknown";
            /**
             * @description `open` means the gateway stopped calling the department after consecutive failures and will probe again later.
             * @enum {string}
             */
            circuit: "closed" | "open" | "halfOpen";
            consecutiveFailures?: number;
            checkedAt: components["schemas"]["Timestamp"];
            /** @description The last failure as a fixed phrase (connection refused, connection closed, host not found, timeout, bad answer, unreachable); never an address or a department's own message. */
            lastError?: string;
        };
        /**
         * DepartmentId
         * @description A department's id; lower-case letters, digits and hyphens. Prefix of every id the department issues.
         * @example ln-finance
         */
        DepartmentId: string;
        /**
         * DepartmentList
         * @description Departments.
         * @example {
         *       "data": [],
         *       "meta": {},
         *       "links": {}
         *     }
         */
        DepartmentList: {
            data: components["schemas"]["Department"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * DisclosureGuide
         * @description The disclosure guide (公开指南, Art. 12); it must be kept current.
         * @example {
         *       "url": "https://www.zhangwu.gov.cn/zfxxgk/gkzn/",
         *       "summary": "说明主动公开信息的分类和获取方式、依申请公开的办理程序及联系方式。",
         *       "updatedAt": "2026-02-01T10:00:00+08:00"
         *     }
         */
        DisclosureGuide: {
            url?: components["schemas"]["WebUrl"];
            summary: string;
            updatedAt: components["schemas"]["Timestamp"];
        };
        /**
         * DisclosureItem
         * @description An item of proactive disclosure (a catalogue entry, Art. 12; document metadata per GB/T 9704 and
         *     the government-website guideline). `formedAt` starts the 20-working-day clock of Art. 26;
         *     `timeliness` says whether `publishedAt` met it. Lists omit `body`; the single item has it. A list answer with `q` adds `relevance` and `snippet`.
         * @example {
         *       "id": "ln-finance:2026-000123",
         *       "departmentId": "ln-finance",
         *       "indexNumber": "11210000000000012X/2026-00123",
         *       "title": "辽宁省财政厅关于印发《辽宁省省级预算绩效管理办法》的通知",
         *       "summary": "明确省级预算绩效目标管理、运行监控、绩效评价和结果应用的职责分工与工作程序。",
         *       "documentNumber": "辽财预〔2026〕12号",
         *       "genre": "normativeDocument",
         *       "category": "budgetsAndFinalAccounts",
         *       "topics": [
         *         "budgetsAndFinalAccounts"
         *       ],
         *       "keywords": [
         *         "预算绩效",
         *         "绩效评价"
         *       ],
         *       "validity": "valid",
         *       "issuingBody": "辽宁省财政厅",
         *       "division": {
         *         "code": "210000",
         *         "name": "辽宁省"
         *       },
         *       "level": "provincial",
         *       "writtenOn": "2026-03-02",
         *       "formedAt": "2026-03-02",
         *       "publishedAt": "2026-03-10T09:30:00+08:00",
         *       "publicationRecord": "recorded",
         *       "updatedAt": "2026-03-10T09:30:00+08:00",
         *       "revision": 1,
         *       "status": "published",
         *       "attachments": [
         *         {
         *           "name": "辽宁省省级预算绩效管理办法.pdf",
         *           "mediaType": "application/pdf",
         *           "size": 482133,
         *           "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
         *           "url": "https://czt.ln.gov.cn/files/2026/jx-2026-12.pdf"
         *         }
         *       ],
         *       "timeliness": {
         *         "dueOn": "2026-03-30",
         *         "workingDaysTaken": 6,
         *         "onTime": true,
         *         "provisional": false,
         *         "calendarVersion": "chinese-days@1.5.7",
         *         "limitWorkingDays": 20,
         *         "basis": "measured"
         *       }
         *     }
         */
        DisclosureItem: {
            id: components["schemas"]["ResourceId"];
            departmentId: components["schemas"]["DepartmentId"];
            /** @description 索引号. No national format exists; opaque, unique per body. */
            indexNumber: string;
            title: string;
            /** @description 内容概述. */
            summary?: string;
            /** @description Full text (plain text, paragraphs separated by blank lines). Only in the single-item answer. */
            body?: string;
            /** @description 发文字号 per GB/T 9704 §7.2.5 — agency code, the full year in 〔〕, the number without 第 or leading zeros, then 号. */
            documentNumber?: string;
            genre?: components["schemas"]["Genre"];
            category: components["schemas"]["Category"];
            topics: components["schemas"]["Topic"][];
            keywords: string[];
            validity: components["schemas"]["Validity"];
            /** @description 发文机关 (several bodies of a joint document separated by 、). */
            issuingBody: string;
            division: components["schemas"]["Division"];
            level: components["schemas"]["Level"];
            /**
             * Format: date
             * @description 成文日期.
             */
            writtenOn?: string;
            /**
             * Format: date
             * @description The day the information was formed or last changed; starts the 20-working-day clock of Art. 26.
             */
            formedAt: string;
            /** @description When the item was published in this catalogue (see `publicationRecord`). */
            publishedAt: components["schemas"]["Timestamp"];
            /**
             * @description `recorded`: `publishedAt` is the time the department kit recorded the item. `imported`: it was
             *     kept from an earlier system by a dataset import; timeliness then reports it as declared, not
             *     measured.
             * @enum {string}
             */
            publicationRecord?: "recorded" | "imported";
            updatedAt: components["schemas"]["Timestamp"];
            /** @description Starts at 1; every change makes a new immutable revision (see `/history`). */
            revision: number;
            /**
             * @description A withdrawn item stays visible and marked, with the reason.
             * @enum {string}
             */
            status: "published" | "withdrawn";
            withdrawal?: components["schemas"]["Withdrawal"];
            publishedElsewhere?: components["schemas"]["PublishedElsewhere"];
            /** @description For genres `licensingDecision`, `penaltyDecision` and `coercionDecision`, the decisions the notice lists; without it the notice is one decision, of its `writtenOn` (else its publication date). */
            decisions?: components["schemas"]["ListedDecision"][];
            attachments: components["schemas"]["Attachment"][];
            /** @description The policy interpretation (政策解读) of this document. */
            interpretationId?: components["schemas"]["ResourceId"];
            /** @description For an interpretation, the document it interprets. */
            interpretsId?: components["schemas"]["ResourceId"];
            timeliness?: components["schemas"]["Timeliness"];
            /** @description The page on the body's own website. */
            url?: components["schemas"]["WebUrl"];
            /**
             * @description Only in a list answer with `q`: how well the item matches, higher is better. Each term or
             *     `OR` group adds 4 per occurrence in the title and 2 per occurrence in the summary (each
             *     counted up to 3), 2 when it is in a keyword and 2 when in the document number, or 1 when it
             *     occurs only in the body. It depends on the item and the query alone, so scores from different
             *     departments compare; `sort=-relevance` orders by it.
             */
            relevance?: number;
            /** @description Only in a list answer with `q`: the passage that matched, with the matches marked. */
            snippet?: components["schemas"]["SearchSnippet"];
        };
        /**
         * DisclosureOffice
         * @description The body's disclosure office (政府信息公开工作机构), as its guide must state (Art. 12).
         * @example {
         *       "name": "彰武县人民政府办公室",
         *       "address": "辽宁省阜新市彰武县彰武镇文化路1号",
         *       "postcode": "123200",
         *       "officeHours": "工作日 8:30-11:30，13:30-17:00",
         *       "phone": "0418-7000000",
         *       "acceptedChannels": [
         *         "inPerson",
         *         "postSigned",
         *         "online"
         *       ]
         *     }
         */
        DisclosureOffice: {
            name: string;
            address: string;
            /** @description A six-digit postal code. */
            postcode?: string;
            officeHours: string;
            phone: string;
            fax?: string;
            /** Format: email */
            email?: string;
            onlineUrl?: components["schemas"]["WebUrl"];
            /** @description Channels announced in the guide; in person and by post may never be refused (国办公开办函〔2017〕19号). */
            acceptedChannels: components["schemas"]["ApplicationChannel"][];
        };
        /**
         * DisclosureRequest
         * @description A disclosure request as its applicant (with the access token) or the department sees it: the
         *     status, the statutory clock, every event, and the decision with reasons and remedies.
         * @example {
         *       "trackingNumber": "ln-finance:YSQ-2026-000123",
         *       "departmentId": "ln-finance",
         *       "status": "processing",
         *       "channel": "online",
         *       "submittedAt": "2026-05-11T10:12:00+08:00",
         *       "receivedOn": "2026-05-11",
         *       "applicant": {
         *         "type": "naturalPerson",
         *         "name": "张明",
         *         "identityProof": {
         *           "kind": "residentIdCard",
         *           "number": "210102199001011234"
         *         },
         *         "contact": {
         *           "phone": "13800000000"
         *         }
         *       },
         *       "description": "申请公开2025年度辽宁省省级一般公共预算“三公”经费决算明细。",
         *       "form": "electronic",
         *       "delivery": "email",
         *       "clock": {
         *         "receivedOn": "2026-05-11",
         *         "startedOn": "2026-05-11",
         *         "workingDays": 20,
         *         "originalDueOn": "2026-06-08",
         *         "replyDueOn": "2026-06-08",
         *         "supplementRequestDueOn": "2026-05-20",
         *         "pauses": [],
         *         "restarts": [],
         *         "state": "running",
         *         "overdue": false,
         *         "provisional": false,
         *         "calendarVersion": "chinese-days@1.5.7"
         *       },
         *       "events": [
         *         {
         *           "type": "received",
         *           "on": "2026-05-11",
         *           "recordedAt": "2026-05-11T10:12:00+08:00"
         *         }
         *       ]
         *     }
         */
        DisclosureRequest: {
            trackingNumber: components["schemas"]["ResourceId"];
            departmentId: components["schemas"]["DepartmentId"];
            status: components["schemas"]["RequestStatus"];
            channel: components["schemas"]["ApplicationChannel"];
            submittedAt?: components["schemas"]["Timestamp"];
            /** Format: date */
            receivedOn: string;
            applicant: components["schemas"]["Applicant"];
            description: string;
            titleOrDocumentNumber?: string;
            form: components["schemas"]["InformationForm"];
            delivery: components["schemas"]["DeliveryMethod"];
            accessibilityNeeds?: string;
            clock: components["schemas"]["RequestClock"];
            events: components["schemas"]["RequestEvent"][];
            decision?: components["schemas"]["RequestDecision"];
            /** @description The processing fee noticed to the applicant, if any. */
            fee?: components["schemas"]["ProcessingFee"];
        };
        /**
         * Division
         * @description An administrative division with its code and name.
         * @example {
         *       "code": "210922",
         *       "name": "彰武县"
         *     }
         */
        Division: {
            code: components["schemas"]["DivisionCode"];
            name: string;
        };
        /**
         * DivisionCode
         * @description Administrative division code (GB/T 2260): 6 digits down to county, 9 for a township or street, 12 for a village or community.
         * @example 210922
         */
        DivisionCode: string;
        /**
         * DocumentCounts
         * @description Table 2, article 20(1) row — 本年制发件数, 本年废止件数, 现行有效件数.
         * @example {
         *       "issued": 6,
         *       "repealed": 1,
         *       "inForce": 23
         *     }
         */
        DocumentCounts: {
            issued: number;
            repealed: number;
            inForce: number;
        };
        /**
         * @description The last line of an NDJSON export. `complete: true` with the count and the SHA-256 of every byte before this line (uncompressed) says that the file is whole; an export that broke off ends with `complete: false`, a `failure` and the `after` to resume from, or with no trailer at all. A file without a valid trailer is not the whole export.
         * @example {
         *       "gongkaiExport": {
         *         "kind": "items",
         *         "complete": true,
         *         "count": 526,
         *         "sha256": "9f2c0a1e5b7d3c4f6a8b0c2d4e6f8a0b1c3d5e7f9a1b3c5d7e9f0a2b4c6d8e0f",
         *         "after": "ln-finance:2026-000526",
         *         "changesCursor": "eyJ2IjoxLCJrIjpbNjY1LCJjaGFuZ2VzIl19"
         *       }
         *     }
         * @example {
         *       "gongkaiExport": {
         *         "kind": "items",
         *         "complete": false,
         *         "count": 200,
         *         "sha256": "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
         *         "after": "ln-finance:2026-000200",
         *         "departments": [
         *           "ln-finance",
         *           "ln-housing"
         *         ],
         *         "failure": {
         *           "department": "ln-housing",
         *           "detail": "ln-housing did not answer within 3000 ms; resume with `after`"
         *         }
         *       }
         *     }
         */
        ExportTrailer: {
            gongkaiExport: {
                /** @enum {string} */
                kind: "items" | "fees" | "budgets" | "alerts" | "feedback";
                complete: boolean;
                /** @description The records in this file (lines before the trailer). */
                count: number;
                /** @description SHA-256 (hex) of the uncompressed bytes before this line. */
                sha256: string;
                /** @description The `id` of the last record written, to pass as `after` when resuming; null when none was. */
                after: string | null;
                /** @description As the `Gongkai-Changes-Cursor` header. */
                changesCursor?: string;
                /** @description The departments exported, in order (gateway only). */
                departments?: components["schemas"]["DepartmentId"][];
                /** @description Why the export broke off (only when `complete` is false). */
                failure?: {
                    department?: components["schemas"]["DepartmentId"];
                    detail: string;
                };
            };
        };
        /**
         * FacetCounts
         * @description How many records have each value of one facet, by value.
         * @example {
         *       "plans": 12,
         *       "statistics": 30
         *     }
         */
        FacetCounts: {
            [key: string]: number;
        };
        /**
         * FederationFailure
         * @description A department that did not contribute to this answer, and why.
         * @example {
         *       "department": "ln-housing",
         *       "status": 504,
         *       "detail": "did not answer within 3000 ms"
         *     }
         */
        FederationFailure: {
            department: components["schemas"]["DepartmentId"];
            /** @description The HTTP status this department's part would have had (502 failed, 503 circuit open, 504 timed out). */
            status: number;
            detail: string;
        };
        /**
         * FeeInput
         * @description Department admin input for a fee schedule.
         * @example {
         *       "name": "不动产登记费（住宅类）",
         *       "standard": {
         *         "amount": "80.00",
         *         "unit": "元/件"
         *       },
         *       "legalBasis": [
         *         "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）"
         *       ],
         *       "approvingAuthority": "国家发展改革委、财政部",
         *       "division": {
         *         "code": "210922",
         *         "name": "彰武县"
         *       },
         *       "level": "county",
         *       "validFrom": "2026-01-01"
         *     }
         */
        FeeInput: {
            id?: components["schemas"]["ResourceId"];
            code?: string;
            name: string;
            standard: components["schemas"]["FeeStandard"];
            legalBasis: string[];
            approvingAuthority: string;
            approvalDocumentNumber?: string;
            collectingBody?: string;
            division: components["schemas"]["Division"];
            level: components["schemas"]["Level"];
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo?: string;
            publishedAt?: components["schemas"]["Timestamp"];
        };
        /**
         * FeeList
         * @description A page of fee schedules (only the `fields` asked, and `id`, with `fields=`).
         * @example {
         *       "data": [],
         *       "meta": {},
         *       "links": {}
         *     }
         */
        FeeList: {
            data: components["schemas"]["FeeSchedule"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * FeeSchedule
         * @description An administrative fee item (行政事业性收费) with its standard and legal basis (Art. 20(8)), published
         *     down to the division it applies to — a village notice board included.
         * @example {
         *       "id": "ln-zhangwu-hrt:fee-0003",
         *       "departmentId": "ln-zhangwu-hrt",
         *       "name": "农村宅基地使用证工本费",
         *       "standard": {
         *         "amount": "5.00",
         *         "unit": "元/本",
         *         "description": "按证书本数收取"
         *       },
         *       "legalBasis": [
         *         "《辽宁省物价局 辽宁省财政厅关于规范国土资源部门收费的通知》（辽价发〔2017〕45号）"
         *       ],
         *       "approvingAuthority": "辽宁省发展和改革委员会、辽宁省财政厅",
         *       "approvalDocumentNumber": "辽价发〔2017〕45号",
         *       "collectingBody": "哈尔套镇自然资源所",
         *       "division": {
         *         "code": "210922105201",
         *         "name": "哈尔套镇东村"
         *       },
         *       "level": "village",
         *       "validFrom": "2025-01-01",
         *       "validTo": "2027-12-31",
         *       "status": "active",
         *       "publishedAt": "2025-01-06T09:00:00+08:00",
         *       "updatedAt": "2025-01-06T09:00:00+08:00",
         *       "revision": 1
         *     }
         */
        FeeSchedule: {
            id: components["schemas"]["ResourceId"];
            departmentId: components["schemas"]["DepartmentId"];
            /** @description Item code in the fee catalogue, where the locality has one. */
            code?: string;
            name: string;
            standard: components["schemas"]["FeeStandard"];
            legalBasis: string[];
            approvingAuthority: string;
            approvalDocumentNumber?: string;
            collectingBody?: string;
            division: components["schemas"]["Division"];
            level: components["schemas"]["Level"];
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo?: string;
            /** @enum {string} */
            status: "active" | "expired" | "withdrawn";
            withdrawal?: components["schemas"]["Withdrawal"];
            publishedAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            revision?: number;
        };
        /**
         * FeeStandard
         * @description The charge standard. `amount` is the upper bound when `upTo` is true (a ceiling price).
         * @example {
         *       "amount": "10.00",
         *       "unit": "元/件"
         *     }
         */
        FeeStandard: {
            amount: components["schemas"]["Money"];
            /** @description Per what, e.g. 元/本, 元/件, 元/平方米. */
            unit: string;
            upTo?: boolean;
            description?: string;
        };
        /**
         * Feedback
         * @description Published feedback with its public reply and rating; never the submitter's identity.
         * @example {
         *       "id": "ln-housing:fb-2026-000045",
         *       "departmentId": "ln-housing",
         *       "kind": "consultation",
         *       "subject": "公租房申请条件咨询",
         *       "content": "请问在沈阳工作但户籍在外省的职工，是否可以申请省直公租房？需要提供哪些材料？",
         *       "stage": "evaluated",
         *       "submittedAt": "2026-05-15T10:20:00+08:00",
         *       "replyDueOn": "2026-05-22",
         *       "reply": {
         *         "content": "您好，省直公租房面向在沈阳稳定就业的无房职工，不受户籍限制。需提供身份证、劳动合同及社保缴纳证明。",
         *         "repliedAt": "2026-05-19T15:40:00+08:00",
         *         "repliedBy": "辽宁省住房和城乡建设厅住房保障处"
         *       },
         *       "rating": {
         *         "level": 5,
         *         "label": "非常满意",
         *         "badReview": false,
         *         "ratedAt": "2026-05-20T09:00:00+08:00"
         *       }
         *     }
         */
        Feedback: {
            id: components["schemas"]["ResourceId"];
            departmentId: components["schemas"]["DepartmentId"];
            kind: components["schemas"]["FeedbackKind"];
            subject: string;
            content: string;
            stage: components["schemas"]["FeedbackStage"];
            submittedAt: components["schemas"]["Timestamp"];
            /** Format: date */
            replyDueOn?: string;
            reply?: {
                content: string;
                repliedAt: components["schemas"]["Timestamp"];
                repliedBy: string;
            };
            rating?: components["schemas"]["Rating"];
            relatedItemId?: components["schemas"]["ResourceId"];
            /** @description Department admin answers only — whether the question and reply are public. */
            published?: boolean;
            /** @description Department admin answers only — whether the submitter allowed publication. */
            publishConsent?: boolean;
            /** @description Department admin answers only — never in public answers. */
            submitter?: {
                realName: boolean;
                name?: string;
                phone?: string;
                email?: string;
            };
        };
        /**
         * FeedbackKind
         * @description Kind of public feedback (as the 12345 hotline sorts requests).
         * @example complaint
         * @enum {string}
         */
        FeedbackKind: "consultation" | "help" | "complaint" | "report" | "suggestion" | "praise";
        /**
         * FeedbackList
         * @description A page of published feedback, newest first (only the `fields` asked, and `id`, with `fields=`).
         * @example {
         *       "data": [],
         *       "meta": {},
         *       "links": {}
         *     }
         */
        FeedbackList: {
            data: components["schemas"]["Feedback"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * FeedbackReceipt
         * @description The answer to submitted feedback. Keep `accessToken`; it is shown once and lets you rate the reply.
         * @example {
         *       "feedbackId": "ln-housing:fb-2026-000045",
         *       "accessToken": "gk_fb_0kq3Lr8mZ2vT6yH1nB5xC9dW4pS7aE2u",
         *       "stage": "accepted",
         *       "submittedAt": "2026-05-15T10:20:00+08:00",
         *       "replyDueOn": "2026-05-22"
         *     }
         */
        FeedbackReceipt: {
            feedbackId: components["schemas"]["ResourceId"];
            accessToken: string;
            stage: components["schemas"]["FeedbackStage"];
            submittedAt: components["schemas"]["Timestamp"];
            /**
             * Format: date
             * @description When the department's handling time limit for this kind ends (local policy, working days).
             */
            replyDueOn?: string;
        };
        /**
         * FeedbackReplyInput
         * @description Department admin input to reply to feedback, and whether to publish the question and reply.
         * @example {
         *       "content": "您好，省直公租房面向在沈阳稳定就业的无房职工，不受户籍限制。",
         *       "repliedBy": "辽宁省住房和城乡建设厅住房保障处",
         *       "publish": true
         *     }
         */
        FeedbackReplyInput: {
            content: string;
            repliedBy: string;
            /** @default true */
            publish: boolean;
        };
        /**
         * FeedbackStage
         * @description Handling stage of feedback, the closed loop 受理 → 调度 → 办理 → 回复 → 督办 → 办结 → 回访 → 评价.
         * @example replied
         * @enum {string}
         */
        FeedbackStage: "accepted" | "dispatched" | "handling" | "replied" | "supervised" | "closed" | "returnVisited" | "evaluated";
        /**
         * FeedbackStageInput
         * @description Department admin input to move feedback to a later stage of the closed loop.
         * @example {
         *       "stage": "returnVisited",
         *       "note": "已电话回访，群众表示理解。"
         *     }
         */
        FeedbackStageInput: {
            stage: components["schemas"]["FeedbackStage"];
            note?: string;
        };
        /**
         * FeedbackSubmission
         * @description Public feedback to a department (民意诉求). The submitter's name and contact are never published.
         * @example {
         *       "departmentId": "ln-housing",
         *       "kind": "consultation",
         *       "subject": "公租房申请条件咨询",
         *       "content": "请问在沈阳工作但户籍在外省的职工，是否可以申请省直公租房？需要提供哪些材料？",
         *       "submitter": {
         *         "realName": true,
         *         "name": "李华",
         *         "phone": "13900000000"
         *       },
         *       "publishConsent": true
         *     }
         */
        FeedbackSubmission: {
            departmentId: components["schemas"]["DepartmentId"];
            kind: components["schemas"]["FeedbackKind"];
            subject: string;
            content: string;
            submitter: {
                /** @description A real-name bad review gets a return visit (100 %). */
                realName: boolean;
                name?: string;
                /** @description A phone number — digits, spaces, + and -, 5 to 20 characters. */
                phone?: string;
                /** Format: email */
                email?: string;
            };
            /**
             * @description Whether the question and its reply may be published (without personal data).
             * @default true
             */
            publishConsent: boolean;
            relatedItemId?: components["schemas"]["ResourceId"];
        };
        /**
         * FieldError
         * @description One invalid field. `pointer` is a JSON pointer into the body (`/applicant/name`), or `/query/<name>`, `/header/<name>`, `/path/<name>` for parameters.
         * @example {
         *       "pointer": "/applicant/contact",
         *       "message": "must have at least 1 property (a phone, an e-mail or an address)"
         *     }
         */
        FieldError: {
            pointer: string;
            message: string;
        };
        /**
         * Genre
         * @description Kind of document (体裁). Rules, normative documents and decisions are what the annual report's table 2 counts.
         * @example normativeDocument
         * @enum {string}
         */
        Genre: "rule" | "normativeDocument" | "interpretation" | "plan" | "statistics" | "notice" | "report" | "licensingDecision" | "penaltyDecision" | "coercionDecision" | "other";
        /**
         * IdentityProofKind
         * @description Kind of identity proof (身份证明, Art. 29).
         * @example residentIdCard
         * @enum {string}
         */
        IdentityProofKind: "residentIdCard" | "passport" | "unifiedSocialCreditCode" | "other";
        /**
         * InformationForm
         * @description The form in which the applicant wants the information (Art. 29, 40).
         * @example electronic
         * @enum {string}
         */
        InformationForm: "paper" | "electronic" | "viewOnSite";
        /**
         * ItemInput
         * @description Department admin input for publishing or updating an item; the server sets `departmentId`,
         *     `revision`, `publishedAt`, `updatedAt`, `status` and `timeliness`. The publication time is the
         *     time the department kit records the item and cannot be back-dated; an earlier publication
         *     elsewhere goes in `publishedElsewhere`.
         * @example {
         *       "title": "辽宁省财政厅关于下达2026年城乡居民基本医疗保险中央补助资金的通知",
         *       "documentNumber": "辽财社〔2026〕45号",
         *       "genre": "notice",
         *       "category": "livelihoodPolicies",
         *       "topics": [
         *         "socialInsurance",
         *         "health"
         *       ],
         *       "keywords": [
         *         "医疗保险",
         *         "补助资金"
         *       ],
         *       "validity": "valid",
         *       "issuingBody": "辽宁省财政厅",
         *       "division": {
         *         "code": "210000",
         *         "name": "辽宁省"
         *       },
         *       "level": "provincial",
         *       "writtenOn": "2026-04-20",
         *       "formedAt": "2026-04-20"
         *     }
         */
        ItemInput: {
            /** @description Optional on create (an importer keeps its ids); the prefix must be the department's. */
            id?: components["schemas"]["ResourceId"];
            /** @description Generated by the department's index-number scheme when absent. */
            indexNumber?: string;
            title: string;
            summary?: string;
            body?: string;
            /** @description 发文字号 per GB/T 9704 §7.2.5 — agency code, the full year in 〔〕, the number without 第 or leading zeros, then 号 (辽财预〔2026〕12号). */
            documentNumber?: string;
            genre?: components["schemas"]["Genre"];
            category: components["schemas"]["Category"];
            topics?: components["schemas"]["Topic"][];
            keywords?: string[];
            validity: components["schemas"]["Validity"];
            issuingBody: string;
            division: components["schemas"]["Division"];
            level: components["schemas"]["Level"];
            /** Format: date */
            writtenOn?: string;
            /** Format: date */
            formedAt: string;
            /**
             * @description Not accepted by the admin API (422): the kit records the publication time itself. A dataset
             *     import (a migration from an earlier system) keeps that system's publication time, and the item
             *     then says `publicationRecord: imported`.
             */
            publishedAt?: components["schemas"]["Timestamp"];
            publishedElsewhere?: components["schemas"]["PublishedElsewhere"];
            /** @description For genres `licensingDecision`, `penaltyDecision` and `coercionDecision`, the decisions the notice lists; without it the notice is one decision, of its `writtenOn` (else its publication date). */
            decisions?: components["schemas"]["ListedDecision"][];
            attachments?: components["schemas"]["Attachment"][];
            interpretationId?: components["schemas"]["ResourceId"];
            interpretsId?: components["schemas"]["ResourceId"];
            url?: components["schemas"]["WebUrl"];
        };
        /**
         * ItemList
         * @description A page of disclosure items (without `body` unless `include=body`; only the `fields` asked, and `id`, with `fields=`).
         * @example {
         *       "data": [],
         *       "meta": {},
         *       "links": {}
         *     }
         */
        ItemList: {
            data: components["schemas"]["DisclosureItem"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * ItemRevision
         * @description One immutable revision of an item, as it was published.
         * @example {
         *       "revision": 2,
         *       "action": "updated",
         *       "recordedAt": "2026-03-12T16:00:00+08:00",
         *       "changedFields": [
         *         "validity"
         *       ],
         *       "item": {
         *         "id": "ln-finance:2026-000123",
         *         "departmentId": "ln-finance",
         *         "indexNumber": "11210000000000012X/2026-00123",
         *         "title": "辽宁省财政厅关于印发《辽宁省省级预算绩效管理办法》的通知",
         *         "category": "budgetsAndFinalAccounts",
         *         "topics": [
         *           "budgetsAndFinalAccounts"
         *         ],
         *         "keywords": [
         *           "预算绩效"
         *         ],
         *         "validity": "amended",
         *         "issuingBody": "辽宁省财政厅",
         *         "division": {
         *           "code": "210000",
         *           "name": "辽宁省"
         *         },
         *         "level": "provincial",
         *         "formedAt": "2026-03-02",
         *         "publishedAt": "2026-03-10T09:30:00+08:00",
         *         "updatedAt": "2026-03-12T16:00:00+08:00",
         *         "revision": 2,
         *         "status": "published",
         *         "attachments": []
         *       }
         *     }
         */
        ItemRevision: {
            revision: number;
            action: components["schemas"]["ChangeAction"];
            recordedAt: components["schemas"]["Timestamp"];
            /** @description Fields that differ from the previous revision. */
            changedFields?: string[];
            item: components["schemas"]["DisclosureItem"];
        };
        /**
         * ItemRevisionList
         * @description Revisions of an item, oldest first.
         * @example {
         *       "data": [],
         *       "meta": {},
         *       "links": {}
         *     }
         */
        ItemRevisionList: {
            data: components["schemas"]["ItemRevision"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * ListedDecision
         * @description One administrative licensing, penalty or coercion decision that a published notice lists. Table 2
         *     of the annual report counts decisions, not notices: a batch notice of three permits is three, each
         *     in the year it was decided.
         * @example {
         *       "decidedOn": "2026-03-02",
         *       "documentNumber": "辽应急罚〔2026〕7号"
         *     }
         */
        ListedDecision: {
            /** Format: date */
            decidedOn: string;
            /** @description The decision's own number (许可决定书/处罚决定书文号), if it has one. */
            documentNumber?: string;
        };
        /**
         * Level
         * @description Government level (层级). Villages and communities publish on notice boards through their township.
         * @example county
         * @enum {string}
         */
        Level: "national" | "provincial" | "prefecture" | "county" | "township" | "village";
        /**
         * ListLinks
         * @description Links of a list answer. `next` is absent on the last page.
         * @example {
         *       "next": "/v1/items?limit=20&cursor=eyJ2IjoxfQ.kq1"
         *     }
         */
        ListLinks: {
            /** Format: uri-reference */
            self?: string;
            /** Format: uri-reference */
            next?: string;
        };
        /**
         * ListMeta
         * @description Facts about a list answer. `partial: true` with `failures` when some department did not answer:
         *     the list then holds what the others gave, and the next page retries the missing ones.
         * @example {
         *       "partial": true,
         *       "failures": [
         *         {
         *           "department": "ln-housing",
         *           "status": 504,
         *           "detail": "did not answer within 3000 ms"
         *         }
         *       ]
         *     }
         */
        ListMeta: {
            partial?: boolean;
            failures?: components["schemas"]["FederationFailure"][];
            /** @description The departments asked for this page. */
            departments?: components["schemas"]["DepartmentId"][];
            /**
             * @description How many records the list holds with these filters, on the first page (without `cursor`), on
             *     every list of records (items, fees, budgets, alerts, feedback). Exact without `q`; with `q`, counting stops past 10 000 matches per department and
             *     `totalIsEstimate` is then true (the number is a lower bound). Across departments it is the
             *     sum, an estimate when any department's is, or when the answer is partial.
             */
            total?: number;
            /** @description `total` (and the `facets` counts) are lower bounds, not exact counts. */
            totalIsEstimate?: boolean;
            /**
             * @description With `facets=`, on the first page: for each facet asked, how many records of the list have
             *     each value (`{ "category": { "plans": 12 } }`); `topic` counts each topic of an item,
             *     `year` is the year of `publishedAt` in China time. Summed across departments.
             */
            facets?: {
                category?: components["schemas"]["FacetCounts"];
                topic?: components["schemas"]["FacetCounts"];
                department?: components["schemas"]["FacetCounts"];
                division?: components["schemas"]["FacetCounts"];
                year?: components["schemas"]["FacetCounts"];
            };
            /** @description For resumable feeds (`/v1/changes`), the position after the last entry; pass it as `since` to resume. */
            cursor?: string;
        };
        /**
         * Money
         * @description An amount in CNY (yuan) as a decimal string with exactly two decimals — the one money rule of
         *     this API. Never a JSON number: floats cannot carry money exactly.
         * @example 12345.60
         */
        Money: string;
        /**
         * OutcomeCounts
         * @description Table 3, row 三 (本年度办理结果) for one applicant column; `total` is row 三(七).
         * @example {
         *       "granted": 10,
         *       "partial": 2,
         *       "denied": {
         *         "stateSecret": 0,
         *         "prohibitedByLaw": 0,
         *         "securityStability": 0,
         *         "thirdPartyRights": 1,
         *         "internalAffairs": 0,
         *         "processInformation": 1,
         *         "enforcementCaseFile": 0,
         *         "administrativeQuery": 0
         *       },
         *       "unable": {
         *         "notHeld": 3,
         *         "needsCreation": 1,
         *         "stillUnclear": 0
         *       },
         *       "notProcessed": {
         *         "petition": 1,
         *         "repeat": 0,
         *         "publication": 0,
         *         "excessive": 0,
         *         "confirmOrReissue": 0
         *       },
         *       "other": {
         *         "noSupplement": 1,
         *         "feeUnpaid": 0,
         *         "other": 0
         *       },
         *       "total": 20
         *     }
         */
        OutcomeCounts: {
            granted: number;
            partial: number;
            denied: {
                stateSecret: number;
                prohibitedByLaw: number;
                securityStability: number;
                thirdPartyRights: number;
                internalAffairs: number;
                processInformation: number;
                enforcementCaseFile: number;
                administrativeQuery: number;
            };
            unable: {
                notHeld: number;
                needsCreation: number;
                stillUnclear: number;
            };
            notProcessed: {
                petition: number;
                repeat: number;
                publication: number;
                excessive: number;
                confirmOrReissue: number;
            };
            other: {
                noSupplement: number;
                feeUnpaid: number;
                other: number;
            };
            total: number;
        };
        /**
         * OutcomeGroup
         * @description The six groups of reply outcomes (table 3, rows 三(一)–(六)).
         * @example denied
         * @enum {string}
         */
        OutcomeGroup: "granted" | "partial" | "denied" | "unable" | "notProcessed" | "other";
        /**
         * PauseReason
         * @description Why the reply clock was stopped. Consultation time is not counted (Art. 33); the wait for a fee is configurable per deployment.
         * @example thirdPartyConsultation
         * @enum {string}
         */
        PauseReason: "thirdPartyConsultation" | "agencyConsultation" | "feeNotice";
        /**
         * Problem
         * @description RFC 9457 problem details. Every 4xx and 5xx answer has this body as `application/problem+json`;
         *     never a stack trace, never HTML.
         * @example {
         *       "type": "urn:gongkai:problem:validation",
         *       "title": "The request has invalid fields",
         *       "status": 400,
         *       "detail": "category: must be one of regulations, agencyProfile, …",
         *       "instance": "/v1/items",
         *       "requestId": "01JD3V6Q9J6Z7F2Z1M8K4N5P7R",
         *       "errors": [
         *         {
         *           "pointer": "/query/category",
         *           "message": "must be one of regulations, agencyProfile, …"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /**
             * Format: uri-reference
             * @description Identifies the kind of problem (`urn:gongkai:problem:…`).
             */
            type: string;
            /** @description Short summary of the kind of problem. */
            title: string;
            status: number;
            /** @description What went wrong in this occurrence and what to do about it. */
            detail?: string;
            /** @description The request path. */
            instance?: string;
            /** @description Quote it when you report a problem. */
            requestId?: string;
            /** @description One entry per invalid field. */
            errors?: components["schemas"]["FieldError"][];
            department?: components["schemas"]["DepartmentId"];
        };
        /**
         * ProcessingFee
         * @description The information processing fee (信息处理费, 国办函〔2020〕109号), charged only for excessive requests,
         *     by one method per application: per piece (per applicant per calendar month: 1–10 free, 11–30
         *     ¥100 each, then +¥100 per band of 10) or per page (1–30 free, 31–100 ¥10, 101–200 ¥20, 201+ ¥40).
         *     Below the thresholds nothing is charged, so no fee notice of ¥0.00 is ever sent.
         * @example {
         *       "method": "perPage",
         *       "quantity": 120,
         *       "amount": "1100.00",
         *       "breakdown": [
         *         {
         *           "from": 1,
         *           "to": 30,
         *           "rate": "0.00",
         *           "subtotal": "0.00"
         *         },
         *         {
         *           "from": 31,
         *           "to": 100,
         *           "rate": "10.00",
         *           "subtotal": "700.00"
         *         },
         *         {
         *           "from": 101,
         *           "to": 120,
         *           "rate": "20.00",
         *           "subtotal": "400.00"
         *         }
         *       ]
         *     }
         */
        ProcessingFee: {
            /** @enum {string} */
            method: "perPiece" | "perPage";
            quantity: number;
            /** @description For `perPiece`, pieces the same applicant already filed this calendar month. */
            priorPiecesThisMonth?: number;
            amount: components["schemas"]["Money"];
            breakdown: {
                from: number;
                to: number;
                rate: components["schemas"]["Money"];
                subtotal: components["schemas"]["Money"];
            }[];
            /** Format: date */
            noticeOn?: string;
            /**
             * Format: date
             * @description The day the applicant received the notice, where recorded; the 20 working days to pay run from it, else from `noticeOn`.
             */
            deliveredOn?: string;
            /** Format: date */
            payBy?: string;
            /** Format: date */
            paidOn?: string;
        };
        /**
         * PublishedElsewhere
         * @description An earlier publication of the information outside this catalogue (a gazette, a notice board, a
         *     press conference), as the department declares it. The catalogue's `publishedAt` stays the time
         *     the department kit recorded the item; timeliness (Art. 26) reports this publication as declared,
         *     never as measured.
         * @example {
         *       "publishedOn": "2026-03-05",
         *       "where": "《辽宁省人民政府公报》2026年第6期"
         *     }
         */
        PublishedElsewhere: {
            /** Format: date */
            publishedOn: string;
            /** @description Where it was published, e.g. 《辽宁省人民政府公报》2026年第6期. */
            where: string;
        };
        /**
         * Rating
         * @description A rating. Levels 1–2 are bad reviews; they need rectification by `rectificationDueOn` (working days set by local policy) and a return visit.
         * @example {
         *       "level": 2,
         *       "label": "不满意",
         *       "badReview": true,
         *       "comment": "回复没有说明具体办理时限。",
         *       "ratedAt": "2026-05-20T09:00:00+08:00",
         *       "rectificationDueOn": "2026-05-27"
         *     }
         */
        Rating: {
            level: components["schemas"]["Satisfaction"];
            /** @description The zh-CN label of the level. */
            label: string;
            badReview: boolean;
            comment?: string;
            ratedAt: components["schemas"]["Timestamp"];
            /** Format: date */
            rectificationDueOn?: string;
        };
        /**
         * RatingSubmission
         * @description The submitter's rating of the reply (好差评), sent with the feedback's access token.
         * @example {
         *       "level": 2,
         *       "comment": "回复没有说明具体办理时限。"
         *     }
         */
        RatingSubmission: {
            level: components["schemas"]["Satisfaction"];
            comment?: string;
        };
        /**
         * Remedy
         * @description A remedy open to the applicant against a decision, stated in every non-granted reply.
         * @example {
         *       "kind": "administrativeReconsideration",
         *       "body": "辽宁省人民政府",
         *       "deadline": "自收到本告知书之日起60日内"
         *     }
         */
        Remedy: {
            /** @enum {string} */
            kind: "administrativeReconsideration" | "administrativeLitigation";
            /** @description Where to apply. */
            body: string;
            /** @description The period to apply within, as stated in the notice. */
            deadline: string;
        };
        /**
         * RemedyCountsRow
         * @description One group of table 4; rule `total = upheld + corrected + other + pending`.
         * @example {
         *       "upheld": 2,
         *       "corrected": 1,
         *       "other": 0,
         *       "pending": 1,
         *       "total": 4
         *     }
         */
        RemedyCountsRow: {
            /** @description 结果维持 */
            upheld: number;
            /** @description 结果纠正 */
            corrected: number;
            /** @description 其他结果 */
            other: number;
            /** @description 尚未审结 */
            pending: number;
            /** @description 总计 */
            total: number;
        };
        /**
         * ReplyOutcome
         * @description The outcome of a reply to a disclosure request: exactly the rows of table 3 of the annual report
         *     (2021 format, 国办公开办函〔2021〕30号), 21 outcomes in six groups. The part before the dot is the
         *     group. A partly granted request counts only as `partial`.
         * @example denied.thirdPartyRights
         * @enum {string}
         */
        ReplyOutcome: "granted" | "partial" | "denied.stateSecret" | "denied.prohibitedByLaw" | "denied.securityStability" | "denied.thirdPartyRights" | "denied.internalAffairs" | "denied.processInformation" | "denied.enforcementCaseFile" | "denied.administrativeQuery" | "unable.notHeld" | "unable.needsCreation" | "unable.stillUnclear" | "notProcessed.petition" | "notProcessed.repeat" | "notProcessed.publication" | "notProcessed.excessive" | "notProcessed.confirmOrReissue" | "other.noSupplement" | "other.feeUnpaid" | "other.other";
        /**
         * RequestClock
         * @description The statutory reply clock. 20 working days from the receipt date (day 1 is the first working day
         *     after it, Art. 33); it restarts when a requested supplement arrives (Art. 30); consultation time
         *     is not counted (Art. 32, 33); one extension of at most 20 working days, decided on or before the
         *     due date (Art. 33). `replyDueOn` is null while the clock waits for a supplement, and while a
         *     consultation is open within its window. A consultation excludes at most the consulted party's 15
         *     working days (Arts. 32, 34, from its recorded receipt of the request, else from the day it was
         *     sent): once they have passed the pause ends on its own and the clock runs again. A deferred reply
         *     (Art. 35) replaces the due date; a decision corrected by reconsideration or litigation reopens the
         *     request with a new period (`reopened`).
         * @example {
         *       "receivedOn": "2024-09-20",
         *       "startedOn": "2024-09-20",
         *       "workingDays": 20,
         *       "originalDueOn": "2024-10-23",
         *       "replyDueOn": "2024-11-20",
         *       "supplementRequestDueOn": "2024-09-30",
         *       "extension": {
         *         "workingDays": 20,
         *         "decidedOn": "2024-10-21",
         *         "reason": "涉及多个处室，需调取历史档案"
         *       },
         *       "pauses": [],
         *       "restarts": [],
         *       "state": "running",
         *       "overdue": false,
         *       "provisional": false,
         *       "calendarVersion": "chinese-days@1.5.7"
         *     }
         * @example {
         *       "receivedOn": "2024-09-20",
         *       "startedOn": "2024-09-20",
         *       "workingDays": 20,
         *       "originalDueOn": "2024-10-23",
         *       "replyDueOn": "2024-11-13",
         *       "supplementRequestDueOn": "2024-09-30",
         *       "consultationDueOn": "2024-10-28",
         *       "pauses": [
         *         {
         *           "from": "2024-10-08",
         *           "to": "2024-10-28",
         *           "until": "2024-10-28",
         *           "endedBy": "window",
         *           "reason": "thirdPartyConsultation"
         *         }
         *       ],
         *       "restarts": [],
         *       "state": "running",
         *       "overdue": false,
         *       "provisional": false,
         *       "calendarVersion": "chinese-days@1.5.7"
         *     }
         */
        RequestClock: {
            /** Format: date */
            receivedOn: string;
            /**
             * Format: date
             * @description The receipt date, or the day the latest supplement arrived.
             */
            startedOn: string;
            /** @constant */
            workingDays: 20;
            /**
             * Format: date
             * @description Due date before pauses and extension.
             */
            originalDueOn: string | null;
            /** Format: date */
            replyDueOn: string | null;
            /**
             * Format: date
             * @description Last day to ask for a supplement (7 working days after receipt, Art. 30).
             */
            supplementRequestDueOn: string;
            /**
             * Format: date
             * @description Last day for the latest consulted party's opinion (15 working days from its receipt of the request where recorded, Arts. 32, 34).
             */
            consultationDueOn?: string;
            /**
             * Format: date
             * @description While awaiting a supplement, the deadline the supplement notice gave (Art. 30).
             */
            supplementDueOn?: string;
            /** @description A deferred reply (延迟答复, Art. 35); `replyDueOn` is its date. */
            deferral?: {
                /** Format: date */
                decidedOn: string;
                /** Format: date */
                until: string;
                reason: string;
            };
            /**
             * @description The decision was corrected by a reconsideration or lawsuit (结果纠正) on `on`; the request is
             *     handled again and answered within 20 working days of that day (`dueOn`), `decidedOn` once it is.
             */
            reopened?: {
                /** Format: date */
                on: string;
                /** Format: date */
                dueOn: string;
                /** Format: date */
                decidedOn?: string;
            };
            extension?: {
                workingDays: number;
                /** Format: date */
                decidedOn: string;
                reason: string;
            };
            pauses: {
                /** Format: date */
                from: string;
                /**
                 * Format: date
                 * @description The last day not counted; absent while the pause lasts.
                 */
                to?: string;
                /**
                 * Format: date
                 * @description For a consultation, the last day of the consulted party's 15 working days; the pause ends there on its own.
                 */
                until?: string;
                /**
                 * @description Whether the pause was ended by an event (the opinion arrived, the fee was paid) or by its window running out.
                 * @enum {string}
                 */
                endedBy?: "event" | "window";
                reason: components["schemas"]["PauseReason"];
            }[];
            restarts: {
                /** Format: date */
                on: string;
                /** @enum {string} */
                reason: "supplementReceived";
            }[];
            /** @enum {string} */
            state: "running" | "paused" | "awaitingSupplement" | "stopped";
            /** Format: date */
            decidedOn?: string;
            /** @description The due date has passed without a decision, or the decision came after it (for a reopened request, the new period's). */
            overdue?: boolean;
            provisional: boolean;
            calendarVersion: string;
        };
        /**
         * RequestCountsColumn
         * @description One applicant column of table 3. Consistency rule of the official format: 一 + 二 = 三(七) + 四,
         *     i.e. `newReceived + carriedOver = outcomes.total + carriedForward`.
         * @example {
         *       "newReceived": 18,
         *       "carriedOver": 3,
         *       "outcomes": {
         *         "granted": 10,
         *         "partial": 2,
         *         "denied": {
         *           "stateSecret": 0,
         *           "prohibitedByLaw": 0,
         *           "securityStability": 0,
         *           "thirdPartyRights": 1,
         *           "internalAffairs": 0,
         *           "processInformation": 1,
         *           "enforcementCaseFile": 0,
         *           "administrativeQuery": 0
         *         },
         *         "unable": {
         *           "notHeld": 3,
         *           "needsCreation": 1,
         *           "stillUnclear": 0
         *         },
         *         "notProcessed": {
         *           "petition": 1,
         *           "repeat": 0,
         *           "publication": 0,
         *           "excessive": 0,
         *           "confirmOrReissue": 0
         *         },
         *         "other": {
         *           "noSupplement": 1,
         *           "feeUnpaid": 0,
         *           "other": 0
         *         },
         *         "total": 20
         *       },
         *       "carriedForward": 1
         *     }
         */
        RequestCountsColumn: {
            /** @description 一、本年新收政府信息公开申请数量. */
            newReceived: number;
            /** @description 二、上年结转政府信息公开申请数量. */
            carriedOver: number;
            outcomes: components["schemas"]["OutcomeCounts"];
            /** @description 四、结转下年度继续办理. */
            carriedForward: number;
        };
        /**
         * RequestDecision
         * @description The reply to a request. Every outcome other than `granted` states its reasons, the article relied
         *     on and the applicant's remedies. A fee appears only when the request was excessive
         *     (国办函〔2020〕109号).
         * @example {
         *       "decidedOn": "2026-05-28",
         *       "outcome": "denied.thirdPartyRights",
         *       "outcomeGroup": "denied",
         *       "reasons": "所申请信息涉及第三方商业秘密，经征求意见第三方不同意公开，且不公开不会对公共利益造成重大影响。",
         *       "articles": [
         *         "《中华人民共和国政府信息公开条例》第十五条",
         *         "《中华人民共和国政府信息公开条例》第三十二条"
         *       ],
         *       "remedies": [
         *         {
         *           "kind": "administrativeReconsideration",
         *           "body": "辽宁省人民政府",
         *           "deadline": "自收到本告知书之日起60日内"
         *         },
         *         {
         *           "kind": "administrativeLitigation",
         *           "body": "沈阳市和平区人民法院",
         *           "deadline": "自收到本告知书之日起6个月内"
         *         }
         *       ]
         *     }
         */
        RequestDecision: {
            /** Format: date */
            decidedOn: string;
            outcome: components["schemas"]["ReplyOutcome"];
            outcomeGroup: components["schemas"]["OutcomeGroup"];
            reasons?: string;
            /** @description Articles relied on, e.g. 《政府信息公开条例》第十五条. */
            articles?: string[];
            remedies?: components["schemas"]["Remedy"][];
            /** @description Where to get the information granted. */
            informationUrl?: components["schemas"]["WebUrl"];
            /** @description For `unable.notHeld`, the body that holds it, if known (Art. 36(5)). */
            responsibleBody?: string;
            /** @description The processing fee charged for this reply, if any (from the fee notice). */
            fee?: components["schemas"]["ProcessingFee"];
        };
        /**
         * RequestEvent
         * @description One entry of a request's log; the clock and the annual report are computed from this log.
         * @example {
         *       "type": "supplementRequested",
         *       "on": "2026-05-14",
         *       "recordedAt": "2026-05-14T15:00:00+08:00",
         *       "note": "请补充所需信息的年度和具体科目名称。"
         *     }
         */
        RequestEvent: {
            type: components["schemas"]["RequestEventType"];
            /**
             * Format: date
             * @description The legal date of the event.
             */
            on: string;
            recordedAt: components["schemas"]["Timestamp"];
            note?: string;
            /** @description Event-specific facts (the corrections asked for, the consulted party, the extension's days…). */
            details?: {
                [key: string]: unknown;
            };
        };
        /**
         * RequestEventInput
         * @description Department admin: record what happened to a request. The server checks the law's rules and
         *     answers 422 naming the rule when an event is not allowed (an extension after the due date, a
         *     second extension, a supplement asked for after 7 working days, "not supplemented in time" before
         *     the notice's deadline, a fee notice for ¥0.00…).
         * @example {
         *       "type": "extended",
         *       "on": "2026-06-05",
         *       "workingDays": 15,
         *       "reason": "所需信息涉及多个处室，需调取历史档案。"
         *     }
         * @example {
         *       "type": "supplementRequested",
         *       "on": "2026-05-14",
         *       "corrections": [
         *         "请明确所需信息的名称、文号或者便于查询的其他特征性描述"
         *       ],
         *       "supplementDueOn": "2026-05-29"
         *     }
         * @example {
         *       "type": "consultationStarted",
         *       "on": "2026-05-15",
         *       "party": "thirdParty",
         *       "deliveredOn": "2026-05-18"
         *     }
         * @example {
         *       "type": "deferred",
         *       "on": "2026-06-05",
         *       "deferredUntil": "2026-07-31",
         *       "reason": "申请人在一个月内提出同类申请120件，说明理由合理，但无法在法定期限内答复。"
         *     }
         */
        RequestEventInput: {
            /** @enum {string} */
            type: "supplementRequested" | "supplementReceived" | "consultationStarted" | "consultationEnded" | "extended" | "feeNoticeSent" | "feePaid" | "decided" | "withdrawn" | "remedyFiled" | "remedyDecided" | "deferred" | "reDecided" | "consultationDelivered";
            /** Format: date */
            on: string;
            note?: string;
            /** @description For `supplementRequested`, every correction needed, all at once (Art. 30). */
            corrections?: string[];
            /**
             * Format: date
             * @description For `supplementRequested` (required): the reasonable deadline the notice gives the applicant to
             *     supplement (合理的补正期限, Art. 30). "Not supplemented in time" (`other.noSupplement`) is refused
             *     until it has passed.
             */
            supplementDueOn?: string;
            /**
             * Format: date
             * @description The day the addressee received the notice, where it is recorded (a posted letter): for
             *     `consultationStarted`, the consulted party's receipt of the request for its opinion, from which
             *     its 15 working days run (Arts. 32, 34); for `feeNoticeSent`, the applicant's receipt of the fee
             *     notice, from which the 20 working days to pay run (国办函〔2020〕109号). Without it, both run from
             *     `on`, the day the notice was sent. A consulted party's receipt learnt later is recorded as a
             *     `consultationDelivered` event dated on that receipt.
             */
            deliveredOn?: string;
            /**
             * Format: date
             * @description For `deferred` (required): the reasonable deferred reply date notified to the applicant of a
             *     request whose number or frequency clearly exceeds a reasonable range (延迟答复, Art. 35). It
             *     replaces the reply due date; it is decided on or before that date and falls after it.
             */
            deferredUntil?: string;
            /**
             * @description For `consultationStarted`, and for `consultationEnded` and `consultationDelivered` when two consultations are open at once.
             * @enum {string}
             */
            party?: "thirdParty" | "agency";
            /** @description For `extended`. */
            workingDays?: number;
            /** @description For `extended` and `deferred` (required): why, as notified to the applicant. */
            reason?: string;
            /** @description For `decided`, and for `reDecided` (the new reply after a reconsideration or lawsuit corrected the decision). */
            decision?: {
                outcome: components["schemas"]["ReplyOutcome"];
                reasons?: string;
                articles?: string[];
                remedies?: components["schemas"]["Remedy"][];
                informationUrl?: components["schemas"]["WebUrl"];
                responsibleBody?: string;
            };
            /**
             * @description For `feeNoticeSent`: charge the processing fee by one method (国办函〔2020〕109号); the amount
             *     is computed (per piece, counting the applicant's earlier pieces this calendar month). The
             *     applicant pays within 20 working days or the request is deemed abandoned.
             */
            fee?: {
                /** @enum {string} */
                method: "perPiece" | "perPage";
                quantity: number;
            };
            /** @description For `remedyFiled` and `remedyDecided` (table 4 of the annual report). */
            remedy?: {
                /** @enum {string} */
                kind: "reconsideration" | "litigationDirect" | "litigationAfterReconsideration";
                /** @enum {string} */
                result?: "upheld" | "corrected" | "other";
            };
        };
        /**
         * RequestEventType
         * @description Kinds of events in a request's log.
         * @example extended
         * @enum {string}
         */
        RequestEventType: "received" | "supplementRequested" | "supplementReceived" | "consultationStarted" | "consultationEnded" | "extended" | "feeNoticeSent" | "feePaid" | "decided" | "withdrawn" | "remedyFiled" | "remedyDecided" | "deferred" | "reDecided" | "consultationDelivered";
        /**
         * RequestList
         * @description Department admin: a page of requests, newest first.
         * @example {
         *       "data": [],
         *       "meta": {},
         *       "links": {}
         *     }
         */
        RequestList: {
            data: components["schemas"]["DisclosureRequest"][];
            meta: components["schemas"]["ListMeta"];
            links: components["schemas"]["ListLinks"];
        };
        /**
         * RequestReceipt
         * @description The answer to a filed request. Keep `accessToken`: it is shown once, stored only as a hash, and
         *     is the only way to read the request's status. `replyDueOn` is 20 working days after the legal
         *     receipt date (Art. 31, 33) by the working-day calendar `calendarVersion`.
         * @example {
         *       "trackingNumber": "ln-finance:YSQ-2026-000123",
         *       "accessToken": "gk_rq_5Jb1m0Vn7yN2QwQx8d3kT4sLpA9eZrHc",
         *       "status": "received",
         *       "receivedOn": "2026-05-11",
         *       "replyDueOn": "2026-06-08",
         *       "provisional": false,
         *       "calendarVersion": "chinese-days@1.5.7"
         *     }
         */
        RequestReceipt: {
            trackingNumber: components["schemas"]["ResourceId"];
            accessToken: string;
            status: components["schemas"]["RequestStatus"];
            /** Format: date */
            receivedOn: string;
            /** Format: date */
            replyDueOn: string;
            /** @description `true` when the due date crosses a year the calendar does not cover yet (weekdays counted); it will be recomputed. */
            provisional: boolean;
            calendarVersion: string;
        };
        /**
         * RequestRegistration
         * @description Department admin: register a request received in person, by post, fax, e-mail or orally, with
         *     the evidence that fixes the legal receipt date (Art. 31): `submittedOn` (in person, oral),
         *     `signedForOn` (registered post), `confirmedOn` (ordinary post, online, fax), `systemReceivedOn` (e-mail).
         * @example {
         *       "applicant": {
         *         "type": "commercialEnterprise",
         *         "name": "沈阳某建筑工程有限公司",
         *         "identityProof": {
         *           "kind": "unifiedSocialCreditCode",
         *           "number": "91210100MA0XXXXX1Q"
         *         },
         *         "contact": {
         *           "address": "沈阳市沈河区青年大街1号",
         *           "postcode": "110013"
         *         }
         *       },
         *       "description": "申请公开2025年省级保障性住房建设项目招标结果。",
         *       "form": "paper",
         *       "delivery": "post",
         *       "channel": "postSigned",
         *       "signedForOn": "2026-05-12"
         *     }
         */
        RequestRegistration: {
            applicant: components["schemas"]["Applicant"];
            description: string;
            titleOrDocumentNumber?: string;
            form: components["schemas"]["InformationForm"];
            delivery: components["schemas"]["DeliveryMethod"];
            accessibilityNeeds?: string;
            channel: components["schemas"]["ApplicationChannel"];
            /** Format: date */
            submittedOn?: string;
            /** Format: date */
            signedForOn?: string;
            /** Format: date */
            confirmedOn?: string;
            /** Format: date */
            systemReceivedOn?: string;
        };
        /**
         * RequestStatus
         * @description Where a disclosure request stands.
         * @example processing
         * @enum {string}
         */
        RequestStatus: "received" | "awaitingSupplement" | "processing" | "consulting" | "extended" | "awaitingFee" | "replied" | "abandoned" | "withdrawn" | "deferred" | "reopened";
        /**
         * RequestSubmission
         * @description A disclosure request filed online (依申请公开, Art. 27–29). No reason or need has to be stated.
         *     For requests received in person, by post, fax, e-mail or orally the department registers them
         *     with `RequestRegistration`.
         * @example {
         *       "departmentId": "ln-finance",
         *       "applicant": {
         *         "type": "naturalPerson",
         *         "name": "张明",
         *         "identityProof": {
         *           "kind": "residentIdCard",
         *           "number": "210102199001011234"
         *         },
         *         "contact": {
         *           "phone": "13800000000",
         *           "email": "zhangming@example.org"
         *         }
         *       },
         *       "description": "申请公开2025年度辽宁省省级一般公共预算“三公”经费决算明细。",
         *       "titleOrDocumentNumber": "辽宁省2025年省级决算",
         *       "form": "electronic",
         *       "delivery": "email"
         *     }
         */
        RequestSubmission: {
            departmentId: components["schemas"]["DepartmentId"];
            applicant: components["schemas"]["Applicant"];
            /** @description The information wanted — its name, document number or another description that identifies it. */
            description: string;
            titleOrDocumentNumber?: string;
            form: components["schemas"]["InformationForm"];
            delivery: components["schemas"]["DeliveryMethod"];
            /** @description Help the applicant needs, e.g. for reading or hearing difficulties (Art. 43). */
            accessibilityNeeds?: string;
        };
        /**
         * ResourceId
         * @description Globally unique id of a record, `<departmentId>:<local>`; the gateway routes by the prefix.
         * @example ln-finance:2026-000123
         */
        ResourceId: string;
        /**
         * ResourceType
         * @description Kind of resource in the changes feed.
         * @example item
         * @enum {string}
         */
        ResourceType: "item" | "fee" | "budget" | "alert" | "feedbackReply";
        /**
         * Satisfaction
         * @description Five satisfaction levels of the 好差评 system; 1 and 2 are bad reviews that need rectification.
         * @example 4
         * @enum {integer}
         */
        Satisfaction: 5 | 4 | 3 | 2 | 1;
        /**
         * SearchSnippet
         * @description Where an item matched `q`: a short passage of its summary, body, title, document number or
         *     keywords (whitespace runs shown as one space, `…` where it was cut), as plain text, with the
         *     spans of the matched terms. `text` is never HTML: show it as text, and mark each span yourself
         *     (e.g. with `<mark>`, escaping the rest). `start` and `end` count Unicode code points from the
         *     start of `text`, `end` exclusive; spans are sorted and never overlap.
         * @example {
         *       "text": "…自2026年7月1日起，住房公积金缴存比例为5%至12%。",
         *       "highlights": [
         *         {
         *           "start": 15,
         *           "end": 18
         *         }
         *       ]
         *     }
         */
        SearchSnippet: {
            text: string;
            highlights: {
                start: number;
                end: number;
            }[];
        };
        /**
         * Severity
         * @description Warning level. Red is level I, the most severe; blue is level IV. Maps to CAP 1.2 severity Extreme, Severe, Moderate, Minor.
         * @example orange
         * @enum {string}
         */
        Severity: "red" | "orange" | "yellow" | "blue";
        /**
         * ThreePublicExpenses
         * @description The "three public expenses" (三公经费); `total` = travel abroad + vehicles + receptions, vehicles = purchase + operation.
         * @example {
         *       "total": "1030000.00",
         *       "travelAbroad": "200000.00",
         *       "vehicles": {
         *         "total": "650000.00",
         *         "purchase": "0.00",
         *         "operation": "650000.00"
         *       },
         *       "receptions": "180000.00"
         *     }
         */
        ThreePublicExpenses: {
            total: components["schemas"]["Money"];
            /** @description 因公出国（境）费. */
            travelAbroad: components["schemas"]["Money"];
            /** @description 公务用车购置及运行维护费. */
            vehicles: {
                total: components["schemas"]["Money"];
                purchase: components["schemas"]["Money"];
                operation: components["schemas"]["Money"];
            };
            /** @description 公务接待费. */
            receptions: components["schemas"]["Money"];
        };
        /**
         * Timeliness
         * @description How the publication met its time limit, counted in working days from `formedAt`: Art. 26's 20
         *     working days unless the department configured a shorter legal limit for the category
         *     (`limitWorkingDays`). `basis` says whether the publication time was recorded by the department kit
         *     (`measured`) or only declared (`declared`: kept from an earlier system by an import).
         *     `declaredElsewhere` measures an earlier publication elsewhere, as declared.
         * @example {
         *       "dueOn": "2026-03-30",
         *       "workingDaysTaken": 6,
         *       "onTime": true,
         *       "provisional": false,
         *       "calendarVersion": "chinese-days@1.5.7",
         *       "limitWorkingDays": 20,
         *       "basis": "measured"
         *     }
         */
        Timeliness: {
            /** Format: date */
            dueOn: string;
            workingDaysTaken: number;
            onTime: boolean;
            /** @description `true` when the count crossed a year the working-day calendar does not cover yet (weekdays were counted). */
            provisional: boolean;
            calendarVersion: string;
            /** @description The limit the publication was measured against (default 20, Art. 26). */
            limitWorkingDays?: number;
            /** @enum {string} */
            basis?: "measured" | "declared";
            /** @description The earlier publication elsewhere (`publishedElsewhere`), measured against the same limit; declared, not measured. */
            declaredElsewhere?: {
                /** Format: date */
                publishedOn: string;
                workingDaysTaken: number;
                onTime: boolean;
            };
        };
        /**
         * Timestamp
         * Format: date-time
         * @description RFC 3339 date-time with an offset, e.g. `2026-05-15T09:00:00+08:00`.
         * @example 2026-05-15T09:00:00+08:00
         */
        Timestamp: string;
        /**
         * Topic
         * @description Topic area of an item. The known values are the 26 areas of the grassroots standardization
         *     programme (国办发〔2019〕54号) plus common local additions (housing provident fund, audit reports).
         *     The vocabulary is open: a locality may add its own camelCase topic; clients must accept unknown
         *     values.
         * @example affordableHousing
         */
        Topic: string;
        /**
         * Validity
         * @description Validity of a document (有效性). An amended, repealed or expired document stays published and is marked on the original.
         * @example valid
         * @enum {string}
         */
        Validity: "valid" | "amended" | "repealed" | "expired";
        /**
         * WebUrl
         * Format: uri
         * @description An absolute `http` or `https` URL, at most 2048 characters. Other schemes (`javascript:`, `vbscript:`, `file:`, `data:` …) are refused: these links are shown to the public and put in feeds.
         * @example https://czt.ln.gov.cn/zfxxgk/gkzn/
         */
        WebUrl: string;
        /**
         * Withdrawal
         * @description Why and when a record was withdrawn. The record stays visible, marked.
         * @example {
         *       "withdrawnAt": "2026-04-01T10:00:00+08:00",
         *       "reason": "文件已被辽财预〔2026〕30号替代，原文保留备查。"
         *     }
         */
        Withdrawal: {
            withdrawnAt: components["schemas"]["Timestamp"];
            reason: string;
        };
        /**
         * WithdrawalInput
         * @description Department admin input to withdraw a record; the record stays visible and marked with the reason.
         * @example {
         *       "reason": "该收费项目已按辽财非税〔2026〕8号文件取消。"
         *     }
         */
        WithdrawalInput: {
            reason: string;
        };
    };
    responses: {
        /** @description The department that owns the resource failed to answer correctly. */
        BadGateway: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                RateLimit: components["headers"]["RateLimit"];
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:gongkai:problem:upstream-failed",
                 *       "title": "The department did not answer correctly",
                 *       "status": 502,
                 *       "detail": "ln-housing answered 500."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is malformed: a query parameter, header or body field breaks a rule. `errors[]` names each field. */
        BadRequest: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                RateLimit: components["headers"]["RateLimit"];
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:gongkai:problem:validation",
                 *       "title": "The request has invalid fields",
                 *       "status": 400,
                 *       "detail": "limit: must be <= 100",
                 *       "errors": [
                 *         {
                 *           "pointer": "/query/limit",
                 *           "message": "must be <= 100"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The resource is not in a state that allows this operation. */
        Conflict: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                RateLimit: components["headers"]["RateLimit"];
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:gongkai:problem:conflict",
                 *       "title": "Already rated",
                 *       "status": 409,
                 *       "detail": "This feedback was already rated on 2026-05-20; a rating cannot be changed."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The department that owns the resource did not answer in time. */
        GatewayTimeout: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                RateLimit: components["headers"]["RateLimit"];
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:gongkai:problem:upstream-timeout",
                 *       "title": "The department did not answer in time",
                 *       "status": 504,
                 *       "detail": "ln-housing did not answer within 3000 ms."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource (or, for a disclosure request, the access token does not match it). */
        NotFound: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                RateLimit: components["headers"]["RateLimit"];
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:gongkai:problem:not-found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "No disclosure item ln-finance:2026-009999."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The representation has not changed since the `ETag` in `If-None-Match`. */
        NotModified: {
            headers: {
                ETag: components["headers"]["ETag"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                RateLimit: components["headers"]["RateLimit"];
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The body is larger than the server accepts. */
        PayloadTooLarge: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                RateLimit: components["headers"]["RateLimit"];
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:gongkai:problem:payload-too-large",
                 *       "title": "Request body too large",
                 *       "status": 413,
                 *       "detail": "The body is 2 MB; at most 256 KB is accepted."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `If-Match` did not match the current revision. */
        PreconditionFailed: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                RateLimit: components["headers"]["RateLimit"];
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:gongkai:problem:precondition-failed",
                 *       "title": "The item changed since you read it",
                 *       "status": 412,
                 *       "detail": "If-Match \"abc\" does not match the current ETag; read the item again and reapply your change."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The department (or the service) is unavailable; nothing was written. Retry after `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                RateLimit: components["headers"]["RateLimit"];
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:gongkai:problem:unavailable",
                 *       "title": "Department unavailable",
                 *       "status": 503,
                 *       "detail": "ln-housing is not reachable (circuit open); nothing was written. Retry in 30 seconds."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The rate limit is exhausted; wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                RateLimit: components["headers"]["RateLimit"];
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:gongkai:problem:rate-limited",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "The anonymous quota of 600 requests per 60 seconds is used up; retry in 42 seconds or use an API key."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A credential is missing or is not valid for this resource. */
        Unauthorized: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                RateLimit: components["headers"]["RateLimit"];
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:gongkai:problem:unauthorized",
                 *       "title": "Access token required",
                 *       "status": 401,
                 *       "detail": "Send the access token you received when you filed the request, as `Authorization: Bearer <token>`."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is well-formed but breaks a rule of the disclosure law or of idempotency. */
        Unprocessable: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                RateLimit: components["headers"]["RateLimit"];
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:gongkai:problem:rule-violation",
                 *       "title": "Extension refused",
                 *       "status": 422,
                 *       "detail": "An extension must be decided on or before the reply due date 2026-06-12 (Art. 33); it was requested on 2026-06-15.",
                 *       "errors": [
                 *         {
                 *           "pointer": "/on",
                 *           "message": "after the reply due date 2026-06-12"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                RateLimit: components["headers"]["RateLimit"];
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:gongkai:problem:unsupported-media-type",
                 *       "title": "Unsupported media type",
                 *       "status": 415,
                 *       "detail": "Send the body as application/json."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description Id of the alert (`<departmentId>:<local>`).
         * @example ln-emergency:alert-2026-0007
         */
        alertIdPath: components["schemas"]["ResourceId"];
        /**
         * @description Notice status; by default all.
         * @example active
         */
        alertStatus: components["schemas"]["AlertStatus"];
        /**
         * @description Measure as of this date (default today, China Standard Time). From 2008-05-01 (when the Regulations first took effect) to tomorrow in China; a date outside is answered 400 naming `asOf`.
         * @example 2026-11-26
         */
        asOf: string;
        /**
         * @description Id of the budget (`<departmentId>:<local>`).
         * @example ln-finance:budget-2026
         */
        budgetIdPath: components["schemas"]["ResourceId"];
        /**
         * @description Budget (预算) or final account (决算).
         * @example budget
         */
        budgetKind: components["schemas"]["BudgetKind"];
        /**
         * @description Statutory category (Art. 20 or Art. 21 of the Regulations).
         * @example budgetsAndFinalAccounts
         */
        category: components["schemas"]["Category"];
        /**
         * @description Opaque position returned in `links.next`; pass it back unchanged with the same filters.
         * @example eyJ2IjoxLCJzIjoiLXB1Ymxpc2hlZEF0In0.kq1
         */
        cursor: string;
        /**
         * @description Only these departments (comma-separated department ids). Default all.
         * @example [
         *       "ln-finance",
         *       "ln-housing"
         *     ]
         */
        department: components["schemas"]["DepartmentId"][];
        /**
         * @description Department id.
         * @example ln-finance
         */
        departmentIdPath: components["schemas"]["DepartmentId"];
        /**
         * @description Administrative division code (GB/T 2260). Matches that division and every division inside it:
         *     `210000` is all of Liaoning, `210900` Fuxin city, `210922` Zhangwu county, `210922100` one township.
         * @example 210900
         */
        division: components["schemas"]["DivisionCode"];
        /**
         * @description Count the list's records by these fields (comma-separated): `meta.facets` of the first page
         *     (without `cursor`) then holds, per facet, the count of each value.
         * @example [
         *       "category",
         *       "year"
         *     ]
         */
        facets: ("category" | "topic" | "department" | "division" | "year")[];
        /**
         * @description Only these fields of each record (comma-separated names of the record's properties, e.g.
         *     `fields=title,publishedAt`); `id` is always included. The records of `data` then hold only
         *     those fields. A name the record does not have is a 400 naming `fields`.
         * @example [
         *       "title",
         *       "publishedAt",
         *       "category"
         *     ]
         */
        fields: string[];
        /**
         * @description Id of the fee (`<departmentId>:<local>`).
         * @example ln-finance:fee-0001
         */
        feeIdPath: components["schemas"]["ResourceId"];
        /**
         * @description Only fee schedules in this state; by default all.
         * @example active
         */
        feeStatus: "active" | "expired" | "withdrawn";
        /**
         * @description Id of the feedback (`<departmentId>:<local>`).
         * @example ln-housing:fb-2026-000045
         */
        feedbackIdPath: components["schemas"]["ResourceId"];
        /**
         * @description Kind of feedback.
         * @example complaint
         */
        feedbackKind: components["schemas"]["FeedbackKind"];
        /**
         * @description A unique key (a UUID is best) for this write. Sending the same key with the same body again
         *     replays the first answer (same status, same body, `Idempotent-Replayed: true`) without a second
         *     record; the same key with another body is `422`. Keys are kept for at least 24 hours.
         * @example 7b0c5f0e-3c1d-4b8e-9d52-2f5a8e2f4a11
         */
        idempotencyKey: string;
        /**
         * @description The `ETag` of the revision being changed; a mismatch is `412` (someone changed it first).
         * @example "5d41402abc4b2a76b9719d911017c592"
         */
        ifMatch: string;
        /**
         * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
         * @example "5d41402abc4b2a76b9719d911017c592"
         */
        ifNoneMatch: string;
        /**
         * @description Add what a list leaves out by default: `include=body` gives each item its full text (`body`), as
         *     a single item does, so a whole catalogue is read page by page rather than item by item.
         * @example [
         *       "body"
         *     ]
         */
        include: "body"[];
        /**
         * @description Id of the item (`<departmentId>:<local>`).
         * @example ln-finance:2026-000123
         */
        itemIdPath: components["schemas"]["ResourceId"];
        /**
         * @description Sort order; a leading `-` is descending. Ties are broken by `id` in the same direction, so the
         *     order is total and pages never overlap. Records without the field (an item with no `writtenOn`)
         *     come last in either direction.
         *
         *     `-relevance` ranks the matches of `q` by each item's `relevance` (most relevant first). The score
         *     depends only on the item and the query — never on the other items a department holds — so the
         *     gateway merges departments by it exactly. Without `q` no item has a relevance and the order is
         *     by `id`, descending.
         * @example -publishedAt
         */
        itemSort: "-publishedAt" | "publishedAt" | "-writtenOn" | "writtenOn" | "-updatedAt" | "updatedAt" | "-relevance";
        /**
         * @description Government level of the issuing body or of the division the record applies to.
         * @example county
         */
        level: components["schemas"]["Level"];
        /**
         * @description Page size.
         * @example 20
         */
        limit: number;
        /**
         * @description Published on or after this date (China Standard Time).
         * @example 2026-01-01
         */
        publishedFrom: string;
        /**
         * @description Published on or before this date (China Standard Time).
         * @example 2026-06-30
         */
        publishedTo: string;
        /**
         * @description Chinese full-text search over the title, summary, document number, keywords and body (of a fee
         *     schedule: its name, code, legal basis, bodies and standard). Every part matches as a substring
         *     (one character or more), ignoring letter case:
         *
         *     - `住房 公积金` — terms separated by whitespace must all occur;
         *     - `"住房 公积金"` — a phrase in double quotes occurs as written (its whitespace as one space);
         *     - `公积金 OR 住房` — `OR`, in capitals, between two terms or phrases: either occurs;
         *     - `-征收` — a leading `-` excludes records containing the term or phrase (`-"…"`).
         *
         *     Anything else is text, not an operator: an `OR` with nothing to join, a lone `-`, a `-` inside a
         *     word (`2026-00123`), `*`, `:`, parentheses. A `q` that asks nothing (only whitespace or empty
         *     quotes) is 400, and so is one with a control character (U+0000–U+001F). On items,
         *     `sort=-relevance` ranks the matches, and each item of the answer carries `relevance` and a
         *     highlighted `snippet`.
         * @example 公积金 OR 住房 -征收
         */
        q: string;
        /**
         * @description The year the annual report covers.
         * @example 2025
         */
        reportYear: number;
        /**
         * @description Only requests in this status.
         * @example processing
         */
        requestStatus: components["schemas"]["RequestStatus"];
        /**
         * @description Only changes of this kind of resource.
         * @example item
         */
        resourceType: components["schemas"]["ResourceType"];
        /**
         * @description Warning level.
         * @example orange
         */
        severity: components["schemas"]["Severity"];
        /**
         * @description Resume after this position: the `meta.cursor` of an earlier answer. Without it the feed starts
         *     at the beginning.
         * @example eyJ2IjoxLCJkIjp7ImxuLWZpbmFuY2UiOjEyMH19.x1
         */
        since: string;
        /**
         * @description Topic area (the 26 grassroots standard areas plus local additions).
         * @example affordableHousing
         */
        topic: components["schemas"]["Topic"];
        /**
         * @description Tracking number of the request (`<departmentId>:<local>`).
         * @example ln-finance:YSQ-2026-000123
         */
        trackingNumberPath: components["schemas"]["ResourceId"];
        /**
         * @description Validity of the document (有效性).
         * @example valid
         */
        validity: components["schemas"]["Validity"];
        /**
         * @description Fiscal or reporting year.
         * @example 2026
         */
        year: number;
        /**
         * @description The representation, for links where no `Accept` header can be set (a browser link, Excel's "From Web"): `csv` answers `text/csv` as `Accept: text/csv` does; `json` (default) the JSON list. It overrides `Accept`.
         * @example csv
         */
        format: "json" | "csv";
        /**
         * @description Which records to export.
         * @example items
         */
        exportKind: "items" | "fees" | "budgets" | "alerts" | "feedback";
        /**
         * @description `ndjson` (default): a gzip file of newline-delimited JSON, one full record a line, ending with an `ExportTrailer` line. `ndjson-plain`: the same lines and trailer line, not compressed (`application/x-ndjson`), for a fast link or HTTP's own compression; `Accept: application/x-ndjson` also asks for it. `csv`: a CSV file (UTF-8 with BOM), the same columns as the list's CSV. `Accept: text/csv` also asks for CSV.
         * @example ndjson
         */
        exportFormat: "ndjson" | "ndjson-plain" | "csv";
        /**
         * @description Resume an export: only records whose `id` sorts after this one (byte order of the UTF-8 text). Pass the `id` of the last record you received, or the `after` of a failure line, to continue an export that broke off.
         * @example ln-finance:2026-000123
         */
        exportAfter: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description How long shared and private caches may keep the representation.
         * @example public, max-age=30, stale-while-revalidate=60
         */
        CacheControl: string;
        /**
         * @description Strong entity tag of the representation; send it back in `If-None-Match` to get `304 Not Modified`.
         * @example "5d41402abc4b2a76b9719d911017c592"
         */
        ETag: string;
        /**
         * @description `true` when this answer is the stored answer to an earlier request with the same `Idempotency-Key` and body.
         * @example true
         */
        IdempotentReplayed: boolean;
        /**
         * @description For `text/csv` answers, the next page as an RFC 8288 link: `<…>; rel="next"`.
         * @example </v1/fees?cursor=eyJ2IjoxfQ.sig>; rel="next"
         */
        Link: string;
        /**
         * @description URL of the created resource.
         * @example /v1/requests/ln-finance:YSQ-2026-000123
         */
        Location: string;
        /**
         * @description The state of the quota that applies to this request: `r` requests remaining and `t` seconds until
         *     the window resets (IETF httpapi RateLimit fields draft).
         * @example "anonymous-read";r=597;t=42
         */
        RateLimit: string;
        /**
         * @description The quota policies that apply to this request (IETF httpapi RateLimit fields draft, structured
         *     field list): `q` is the quota in requests, `w` the window in seconds.
         * @example "anonymous-read";q=600;w=60
         */
        RateLimitPolicy: string;
        /**
         * @description Identifies this request in the server's logs; quote it when you report a problem.
         * @example 01JD3V6Q9J6Z7F2Z1M8K4N5P7R
         */
        RequestId: string;
        /**
         * @description Seconds to wait before retrying (RFC 9110 §10.2.3).
         * @example 42
         */
        RetryAfter: number;
        /**
         * @description The file name to save the export under: `attachment; filename="gongkai-items-ln-finance-2026-12-03.ndjson.gz"`.
         * @example attachment; filename="gongkai-items-ln-finance-2026-12-03.ndjson.gz"
         */
        ContentDisposition: string;
        /**
         * @description A position in `GET /v1/changes` taken before the first record was read: pass it as `since` after the export to receive every change made since (a change during the export may come again; applying it twice is harmless).
         * @example eyJ2IjoxLCJrIjpbNjY1LCJjaGFuZ2VzIl19
         */
        ChangesCursor: string;
    };
    pathItems: never;
};
export type Alert = components['schemas']['Alert'];
export type AlertInput = components['schemas']['AlertInput'];
export type AlertList = components['schemas']['AlertList'];
export type AlertStatus = components['schemas']['AlertStatus'];
export type AlertType = components['schemas']['AlertType'];
export type AnnualReport = components['schemas']['AnnualReport'];
export type AnnualReportPublication = components['schemas']['AnnualReportPublication'];
export type Applicant = components['schemas']['Applicant'];
export type ApplicantType = components['schemas']['ApplicantType'];
export type ApplicationChannel = components['schemas']['ApplicationChannel'];
export type Attachment = components['schemas']['Attachment'];
export type BodyKind = components['schemas']['BodyKind'];
export type Budget = components['schemas']['Budget'];
export type BudgetInput = components['schemas']['BudgetInput'];
export type BudgetKind = components['schemas']['BudgetKind'];
export type BudgetLine = components['schemas']['BudgetLine'];
export type BudgetList = components['schemas']['BudgetList'];
export type Category = components['schemas']['Category'];
export type Change = components['schemas']['Change'];
export type ChangeAction = components['schemas']['ChangeAction'];
export type ChangeList = components['schemas']['ChangeList'];
export type ComplianceReport = components['schemas']['ComplianceReport'];
export type ComplianceScoreboard = components['schemas']['ComplianceScoreboard'];
export type ConsistencyCheck = components['schemas']['ConsistencyCheck'];
export type DeliveryMethod = components['schemas']['DeliveryMethod'];
export type Department = components['schemas']['Department'];
export type DepartmentHealth = components['schemas']['DepartmentHealth'];
export type DepartmentId = components['schemas']['DepartmentId'];
export type DepartmentList = components['schemas']['DepartmentList'];
export type DisclosureGuide = components['schemas']['DisclosureGuide'];
export type DisclosureItem = components['schemas']['DisclosureItem'];
export type DisclosureOffice = components['schemas']['DisclosureOffice'];
export type DisclosureRequest = components['schemas']['DisclosureRequest'];
export type Division = components['schemas']['Division'];
export type DivisionCode = components['schemas']['DivisionCode'];
export type DocumentCounts = components['schemas']['DocumentCounts'];
export type ExportTrailer = components['schemas']['ExportTrailer'];
export type FacetCounts = components['schemas']['FacetCounts'];
export type FederationFailure = components['schemas']['FederationFailure'];
export type FeeInput = components['schemas']['FeeInput'];
export type FeeList = components['schemas']['FeeList'];
export type FeeSchedule = components['schemas']['FeeSchedule'];
export type FeeStandard = components['schemas']['FeeStandard'];
export type Feedback = components['schemas']['Feedback'];
export type FeedbackKind = components['schemas']['FeedbackKind'];
export type FeedbackList = components['schemas']['FeedbackList'];
export type FeedbackReceipt = components['schemas']['FeedbackReceipt'];
export type FeedbackReplyInput = components['schemas']['FeedbackReplyInput'];
export type FeedbackStage = components['schemas']['FeedbackStage'];
export type FeedbackStageInput = components['schemas']['FeedbackStageInput'];
export type FeedbackSubmission = components['schemas']['FeedbackSubmission'];
export type FieldError = components['schemas']['FieldError'];
export type Genre = components['schemas']['Genre'];
export type IdentityProofKind = components['schemas']['IdentityProofKind'];
export type InformationForm = components['schemas']['InformationForm'];
export type ItemInput = components['schemas']['ItemInput'];
export type ItemList = components['schemas']['ItemList'];
export type ItemRevision = components['schemas']['ItemRevision'];
export type ItemRevisionList = components['schemas']['ItemRevisionList'];
export type ListedDecision = components['schemas']['ListedDecision'];
export type Level = components['schemas']['Level'];
export type ListLinks = components['schemas']['ListLinks'];
export type ListMeta = components['schemas']['ListMeta'];
export type Money = components['schemas']['Money'];
export type OutcomeCounts = components['schemas']['OutcomeCounts'];
export type OutcomeGroup = components['schemas']['OutcomeGroup'];
export type PauseReason = components['schemas']['PauseReason'];
export type Problem = components['schemas']['Problem'];
export type ProcessingFee = components['schemas']['ProcessingFee'];
export type PublishedElsewhere = components['schemas']['PublishedElsewhere'];
export type Rating = components['schemas']['Rating'];
export type RatingSubmission = components['schemas']['RatingSubmission'];
export type Remedy = components['schemas']['Remedy'];
export type RemedyCountsRow = components['schemas']['RemedyCountsRow'];
export type ReplyOutcome = components['schemas']['ReplyOutcome'];
export type RequestClock = components['schemas']['RequestClock'];
export type RequestCountsColumn = components['schemas']['RequestCountsColumn'];
export type RequestDecision = components['schemas']['RequestDecision'];
export type RequestEvent = components['schemas']['RequestEvent'];
export type RequestEventInput = components['schemas']['RequestEventInput'];
export type RequestEventType = components['schemas']['RequestEventType'];
export type RequestList = components['schemas']['RequestList'];
export type RequestReceipt = components['schemas']['RequestReceipt'];
export type RequestRegistration = components['schemas']['RequestRegistration'];
export type RequestStatus = components['schemas']['RequestStatus'];
export type RequestSubmission = components['schemas']['RequestSubmission'];
export type ResourceId = components['schemas']['ResourceId'];
export type ResourceType = components['schemas']['ResourceType'];
export type Satisfaction = components['schemas']['Satisfaction'];
export type SearchSnippet = components['schemas']['SearchSnippet'];
export type Severity = components['schemas']['Severity'];
export type ThreePublicExpenses = components['schemas']['ThreePublicExpenses'];
export type Timeliness = components['schemas']['Timeliness'];
export type Timestamp = components['schemas']['Timestamp'];
export type Topic = components['schemas']['Topic'];
export type Validity = components['schemas']['Validity'];
export type WebUrl = components['schemas']['WebUrl'];
export type Withdrawal = components['schemas']['Withdrawal'];
export type WithdrawalInput = components['schemas']['WithdrawalInput'];
export type ResponseBadGateway = components['responses']['BadGateway'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseGatewayTimeout = components['responses']['GatewayTimeout'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseNotModified = components['responses']['NotModified'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponsePreconditionFailed = components['responses']['PreconditionFailed'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseUnprocessable = components['responses']['Unprocessable'];
export type ResponseUnsupportedMediaType = components['responses']['UnsupportedMediaType'];
export type ParameterAlertIdPath = components['parameters']['alertIdPath'];
export type ParameterAlertStatus = components['parameters']['alertStatus'];
export type ParameterAsOf = components['parameters']['asOf'];
export type ParameterBudgetIdPath = components['parameters']['budgetIdPath'];
export type ParameterBudgetKind = components['parameters']['budgetKind'];
export type ParameterCategory = components['parameters']['category'];
export type ParameterCursor = components['parameters']['cursor'];
export type ParameterDepartment = components['parameters']['department'];
export type ParameterDepartmentIdPath = components['parameters']['departmentIdPath'];
export type ParameterDivision = components['parameters']['division'];
export type ParameterFacets = components['parameters']['facets'];
export type ParameterFields = components['parameters']['fields'];
export type ParameterFeeIdPath = components['parameters']['feeIdPath'];
export type ParameterFeeStatus = components['parameters']['feeStatus'];
export type ParameterFeedbackIdPath = components['parameters']['feedbackIdPath'];
export type ParameterFeedbackKind = components['parameters']['feedbackKind'];
export type ParameterIdempotencyKey = components['parameters']['idempotencyKey'];
export type ParameterIfMatch = components['parameters']['ifMatch'];
export type ParameterIfNoneMatch = components['parameters']['ifNoneMatch'];
export type ParameterInclude = components['parameters']['include'];
export type ParameterItemIdPath = components['parameters']['itemIdPath'];
export type ParameterItemSort = components['parameters']['itemSort'];
export type ParameterLevel = components['parameters']['level'];
export type ParameterLimit = components['parameters']['limit'];
export type ParameterPublishedFrom = components['parameters']['publishedFrom'];
export type ParameterPublishedTo = components['parameters']['publishedTo'];
export type ParameterQ = components['parameters']['q'];
export type ParameterReportYear = components['parameters']['reportYear'];
export type ParameterRequestStatus = components['parameters']['requestStatus'];
export type ParameterResourceType = components['parameters']['resourceType'];
export type ParameterSeverity = components['parameters']['severity'];
export type ParameterSince = components['parameters']['since'];
export type ParameterTopic = components['parameters']['topic'];
export type ParameterTrackingNumberPath = components['parameters']['trackingNumberPath'];
export type ParameterValidity = components['parameters']['validity'];
export type ParameterYear = components['parameters']['year'];
export type ParameterFormat = components['parameters']['format'];
export type ParameterExportKind = components['parameters']['exportKind'];
export type ParameterExportFormat = components['parameters']['exportFormat'];
export type ParameterExportAfter = components['parameters']['exportAfter'];
export type HeaderCacheControl = components['headers']['CacheControl'];
export type HeaderETag = components['headers']['ETag'];
export type HeaderIdempotentReplayed = components['headers']['IdempotentReplayed'];
export type HeaderLink = components['headers']['Link'];
export type HeaderLocation = components['headers']['Location'];
export type HeaderRateLimit = components['headers']['RateLimit'];
export type HeaderRateLimitPolicy = components['headers']['RateLimitPolicy'];
export type HeaderRequestId = components['headers']['RequestId'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type HeaderContentDisposition = components['headers']['ContentDisposition'];
export type HeaderChangesCursor = components['headers']['ChangesCursor'];
export type $defs = Record<string, never>;
export interface operations {
    listDepartments: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getDepartment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path: {
                /**
                 * @description Department id.
                 * @example ln-finance
                 */
                departmentId: components["parameters"]["departmentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listItems: {
        parameters: {
            query?: {
                /**
                 * @description Only these departments (comma-separated department ids). Default all.
                 * @example [
                 *       "ln-finance",
                 *       "ln-housing"
                 *     ]
                 */
                department?: components["parameters"]["department"];
                /**
                 * @description Statutory category (Art. 20 or Art. 21 of the Regulations).
                 * @example budgetsAndFinalAccounts
                 */
                category?: components["parameters"]["category"];
                /**
                 * @description Topic area (the 26 grassroots standard areas plus local additions).
                 * @example affordableHousing
                 */
                topic?: components["parameters"]["topic"];
                /**
                 * @description Chinese full-text search over the title, summary, document number, keywords and body (of a fee
                 *     schedule: its name, code, legal basis, bodies and standard). Every part matches as a substring
                 *     (one character or more), ignoring letter case:
                 *
                 *     - `住房 公积金` — terms separated by whitespace must all occur;
                 *     - `"住房 公积金"` — a phrase in double quotes occurs as written (its whitespace as one space);
                 *     - `公积金 OR 住房` — `OR`, in capitals, between two terms or phrases: either occurs;
                 *     - `-征收` — a leading `-` excludes records containing the term or phrase (`-"…"`).
                 *
                 *     Anything else is text, not an operator: an `OR` with nothing to join, a lone `-`, a `-` inside a
                 *     word (`2026-00123`), `*`, `:`, parentheses. A `q` that asks nothing (only whitespace or empty
                 *     quotes) is 400, and so is one with a control character (U+0000–U+001F). On items,
                 *     `sort=-relevance` ranks the matches, and each item of the answer carries `relevance` and a
                 *     highlighted `snippet`.
                 * @example 公积金 OR 住房 -征收
                 */
                q?: components["parameters"]["q"];
                /**
                 * @description Administrative division code (GB/T 2260). Matches that division and every division inside it:
                 *     `210000` is all of Liaoning, `210900` Fuxin city, `210922` Zhangwu county, `210922100` one township.
                 * @example 210900
                 */
                division?: components["parameters"]["division"];
                /**
                 * @description Government level of the issuing body or of the division the record applies to.
                 * @example county
                 */
                level?: components["parameters"]["level"];
                /**
                 * @description Validity of the document (有效性).
                 * @example valid
                 */
                validity?: components["parameters"]["validity"];
                /**
                 * @description Published on or after this date (China Standard Time).
                 * @example 2026-01-01
                 */
                publishedFrom?: components["parameters"]["publishedFrom"];
                /**
                 * @description Published on or before this date (China Standard Time).
                 * @example 2026-06-30
                 */
                publishedTo?: components["parameters"]["publishedTo"];
                /**
                 * @description Sort order; a leading `-` is descending. Ties are broken by `id` in the same direction, so the
                 *     order is total and pages never overlap. Records without the field (an item with no `writtenOn`)
                 *     come last in either direction.
                 *
                 *     `-relevance` ranks the matches of `q` by each item's `relevance` (most relevant first). The score
                 *     depends only on the item and the query — never on the other items a department holds — so the
                 *     gateway merges departments by it exactly. Without `q` no item has a relevance and the order is
                 *     by `id`, descending.
                 * @example -publishedAt
                 */
                sort?: components["parameters"]["itemSort"];
                /**
                 * @description Count the list's records by these fields (comma-separated): `meta.facets` of the first page
                 *     (without `cursor`) then holds, per facet, the count of each value.
                 * @example [
                 *       "category",
                 *       "year"
                 *     ]
                 */
                facets?: components["parameters"]["facets"];
                /**
                 * @description Only these fields of each record (comma-separated names of the record's properties, e.g.
                 *     `fields=title,publishedAt`); `id` is always included. The records of `data` then hold only
                 *     those fields. A name the record does not have is a 400 naming `fields`.
                 * @example [
                 *       "title",
                 *       "publishedAt",
                 *       "category"
                 *     ]
                 */
                fields?: components["parameters"]["fields"];
                /**
                 * @description Add what a list leaves out by default: `include=body` gives each item its full text (`body`), as
                 *     a single item does, so a whole catalogue is read page by page rather than item by item.
                 * @example [
                 *       "body"
                 *     ]
                 */
                include?: components["parameters"]["include"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Opaque position returned in `links.next`; pass it back unchanged with the same filters.
                 * @example eyJ2IjoxLCJzIjoiLXB1Ymxpc2hlZEF0In0.kq1
                 */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description The representation, for links where no `Accept` header can be set (a browser link, Excel's "From Web"): `csv` answers `text/csv` as `Accept: text/csv` does; `json` (default) the JSON list. It overrides `Accept`.
                 * @example csv
                 */
                format?: components["parameters"]["format"];
            };
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemList"];
                    "text/csv": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path: {
                /**
                 * @description Id of the item (`<departmentId>:<local>`).
                 * @example ln-finance:2026-000123
                 */
                itemId: components["parameters"]["itemIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureItem"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listItemHistory: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Opaque position returned in `links.next`; pass it back unchanged with the same filters.
                 * @example eyJ2IjoxLCJzIjoiLXB1Ymxpc2hlZEF0In0.kq1
                 */
                cursor?: components["parameters"]["cursor"];
            };
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path: {
                /**
                 * @description Id of the item (`<departmentId>:<local>`).
                 * @example ln-finance:2026-000123
                 */
                itemId: components["parameters"]["itemIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemRevisionList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getItemsFeed: {
        parameters: {
            query?: {
                /**
                 * @description Only these departments (comma-separated department ids). Default all.
                 * @example [
                 *       "ln-finance",
                 *       "ln-housing"
                 *     ]
                 */
                department?: components["parameters"]["department"];
                /**
                 * @description Statutory category (Art. 20 or Art. 21 of the Regulations).
                 * @example budgetsAndFinalAccounts
                 */
                category?: components["parameters"]["category"];
                /**
                 * @description Topic area (the 26 grassroots standard areas plus local additions).
                 * @example affordableHousing
                 */
                topic?: components["parameters"]["topic"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["limit"];
            };
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listFees: {
        parameters: {
            query?: {
                /**
                 * @description Only these departments (comma-separated department ids). Default all.
                 * @example [
                 *       "ln-finance",
                 *       "ln-housing"
                 *     ]
                 */
                department?: components["parameters"]["department"];
                /**
                 * @description Administrative division code (GB/T 2260). Matches that division and every division inside it:
                 *     `210000` is all of Liaoning, `210900` Fuxin city, `210922` Zhangwu county, `210922100` one township.
                 * @example 210900
                 */
                division?: components["parameters"]["division"];
                /**
                 * @description Government level of the issuing body or of the division the record applies to.
                 * @example county
                 */
                level?: components["parameters"]["level"];
                /**
                 * @description Only fee schedules in this state; by default all.
                 * @example active
                 */
                status?: components["parameters"]["feeStatus"];
                /**
                 * @description Chinese full-text search over the title, summary, document number, keywords and body (of a fee
                 *     schedule: its name, code, legal basis, bodies and standard). Every part matches as a substring
                 *     (one character or more), ignoring letter case:
                 *
                 *     - `住房 公积金` — terms separated by whitespace must all occur;
                 *     - `"住房 公积金"` — a phrase in double quotes occurs as written (its whitespace as one space);
                 *     - `公积金 OR 住房` — `OR`, in capitals, between two terms or phrases: either occurs;
                 *     - `-征收` — a leading `-` excludes records containing the term or phrase (`-"…"`).
                 *
                 *     Anything else is text, not an operator: an `OR` with nothing to join, a lone `-`, a `-` inside a
                 *     word (`2026-00123`), `*`, `:`, parentheses. A `q` that asks nothing (only whitespace or empty
                 *     quotes) is 400, and so is one with a control character (U+0000–U+001F). On items,
                 *     `sort=-relevance` ranks the matches, and each item of the answer carries `relevance` and a
                 *     highlighted `snippet`.
                 * @example 公积金 OR 住房 -征收
                 */
                q?: components["parameters"]["q"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Opaque position returned in `links.next`; pass it back unchanged with the same filters.
                 * @example eyJ2IjoxLCJzIjoiLXB1Ymxpc2hlZEF0In0.kq1
                 */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Only these fields of each record (comma-separated names of the record's properties, e.g.
                 *     `fields=title,publishedAt`); `id` is always included. The records of `data` then hold only
                 *     those fields. A name the record does not have is a 400 naming `fields`.
                 * @example [
                 *       "title",
                 *       "publishedAt",
                 *       "category"
                 *     ]
                 */
                fields?: components["parameters"]["fields"];
                /**
                 * @description The representation, for links where no `Accept` header can be set (a browser link, Excel's "From Web"): `csv` answers `text/csv` as `Accept: text/csv` does; `json` (default) the JSON list. It overrides `Accept`.
                 * @example csv
                 */
                format?: components["parameters"]["format"];
            };
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeList"];
                    "text/csv": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getFee: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path: {
                /**
                 * @description Id of the fee (`<departmentId>:<local>`).
                 * @example ln-finance:fee-0001
                 */
                feeId: components["parameters"]["feeIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeSchedule"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBudgets: {
        parameters: {
            query?: {
                /**
                 * @description Only these departments (comma-separated department ids). Default all.
                 * @example [
                 *       "ln-finance",
                 *       "ln-housing"
                 *     ]
                 */
                department?: components["parameters"]["department"];
                /**
                 * @description Fiscal or reporting year.
                 * @example 2026
                 */
                year?: components["parameters"]["year"];
                /**
                 * @description Budget (预算) or final account (决算).
                 * @example budget
                 */
                kind?: components["parameters"]["budgetKind"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Opaque position returned in `links.next`; pass it back unchanged with the same filters.
                 * @example eyJ2IjoxLCJzIjoiLXB1Ymxpc2hlZEF0In0.kq1
                 */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Only these fields of each record (comma-separated names of the record's properties, e.g.
                 *     `fields=title,publishedAt`); `id` is always included. The records of `data` then hold only
                 *     those fields. A name the record does not have is a 400 naming `fields`.
                 * @example [
                 *       "title",
                 *       "publishedAt",
                 *       "category"
                 *     ]
                 */
                fields?: components["parameters"]["fields"];
                /**
                 * @description The representation, for links where no `Accept` header can be set (a browser link, Excel's "From Web"): `csv` answers `text/csv` as `Accept: text/csv` does; `json` (default) the JSON list. It overrides `Accept`.
                 * @example csv
                 */
                format?: components["parameters"]["format"];
            };
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetList"];
                    "text/csv": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getBudget: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path: {
                /**
                 * @description Id of the budget (`<departmentId>:<local>`).
                 * @example ln-finance:budget-2026
                 */
                budgetId: components["parameters"]["budgetIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                    "text/csv": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAlerts: {
        parameters: {
            query?: {
                /**
                 * @description Only these departments (comma-separated department ids). Default all.
                 * @example [
                 *       "ln-finance",
                 *       "ln-housing"
                 *     ]
                 */
                department?: components["parameters"]["department"];
                /**
                 * @description Warning level.
                 * @example orange
                 */
                severity?: components["parameters"]["severity"];
                /**
                 * @description Notice status; by default all.
                 * @example active
                 */
                status?: components["parameters"]["alertStatus"];
                /**
                 * @description Administrative division code (GB/T 2260). Matches that division and every division inside it:
                 *     `210000` is all of Liaoning, `210900` Fuxin city, `210922` Zhangwu county, `210922100` one township.
                 * @example 210900
                 */
                division?: components["parameters"]["division"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Opaque position returned in `links.next`; pass it back unchanged with the same filters.
                 * @example eyJ2IjoxLCJzIjoiLXB1Ymxpc2hlZEF0In0.kq1
                 */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Only these fields of each record (comma-separated names of the record's properties, e.g.
                 *     `fields=title,publishedAt`); `id` is always included. The records of `data` then hold only
                 *     those fields. A name the record does not have is a 400 naming `fields`.
                 * @example [
                 *       "title",
                 *       "publishedAt",
                 *       "category"
                 *     ]
                 */
                fields?: components["parameters"]["fields"];
                /**
                 * @description The representation, for links where no `Accept` header can be set (a browser link, Excel's "From Web"): `csv` answers `text/csv` as `Accept: text/csv` does; `json` (default) the JSON list. It overrides `Accept`.
                 * @example csv
                 */
                format?: components["parameters"]["format"];
            };
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertList"];
                    "text/csv": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAlert: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path: {
                /**
                 * @description Id of the alert (`<departmentId>:<local>`).
                 * @example ln-emergency:alert-2026-0007
                 */
                alertId: components["parameters"]["alertIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                    "application/cap+xml": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFeedback: {
        parameters: {
            query?: {
                /**
                 * @description Only these departments (comma-separated department ids). Default all.
                 * @example [
                 *       "ln-finance",
                 *       "ln-housing"
                 *     ]
                 */
                department?: components["parameters"]["department"];
                /**
                 * @description Kind of feedback.
                 * @example complaint
                 */
                kind?: components["parameters"]["feedbackKind"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Opaque position returned in `links.next`; pass it back unchanged with the same filters.
                 * @example eyJ2IjoxLCJzIjoiLXB1Ymxpc2hlZEF0In0.kq1
                 */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Only these fields of each record (comma-separated names of the record's properties, e.g.
                 *     `fields=title,publishedAt`); `id` is always included. The records of `data` then hold only
                 *     those fields. A name the record does not have is a 400 naming `fields`.
                 * @example [
                 *       "title",
                 *       "publishedAt",
                 *       "category"
                 *     ]
                 */
                fields?: components["parameters"]["fields"];
                /**
                 * @description The representation, for links where no `Accept` header can be set (a browser link, Excel's "From Web"): `csv` answers `text/csv` as `Accept: text/csv` does; `json` (default) the JSON list. It overrides `Accept`.
                 * @example csv
                 */
                format?: components["parameters"]["format"];
            };
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackList"];
                    "text/csv": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    submitFeedback: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (a UUID is best) for this write. Sending the same key with the same body again
                 *     replays the first answer (same status, same body, `Idempotent-Replayed: true`) without a second
                 *     record; the same key with another body is `422`. Keys are kept for at least 24 hours.
                 * @example 7b0c5f0e-3c1d-4b8e-9d52-2f5a8e2f4a11
                 */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackSubmission"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFeedback: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path: {
                /**
                 * @description Id of the feedback (`<departmentId>:<local>`).
                 * @example ln-housing:fb-2026-000045
                 */
                feedbackId: components["parameters"]["feedbackIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feedback"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    rateFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the feedback (`<departmentId>:<local>`).
                 * @example ln-housing:fb-2026-000045
                 */
                feedbackId: components["parameters"]["feedbackIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingSubmission"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    submitRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (a UUID is best) for this write. Sending the same key with the same body again
                 *     replays the first answer (same status, same body, `Idempotent-Replayed: true`) without a second
                 *     record; the same key with another body is `422`. Keys are kept for at least 24 hours.
                 * @example 7b0c5f0e-3c1d-4b8e-9d52-2f5a8e2f4a11
                 */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestSubmission"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path: {
                /**
                 * @description Tracking number of the request (`<departmentId>:<local>`).
                 * @example ln-finance:YSQ-2026-000123
                 */
                trackingNumber: components["parameters"]["trackingNumberPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureRequest"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /**
                 * @description Resume after this position: the `meta.cursor` of an earlier answer. Without it the feed starts
                 *     at the beginning.
                 * @example eyJ2IjoxLCJkIjp7ImxuLWZpbmFuY2UiOjEyMH19.x1
                 */
                since?: components["parameters"]["since"];
                /**
                 * @description Only these departments (comma-separated department ids). Default all.
                 * @example [
                 *       "ln-finance",
                 *       "ln-housing"
                 *     ]
                 */
                department?: components["parameters"]["department"];
                /**
                 * @description Only changes of this kind of resource.
                 * @example item
                 */
                resourceType?: components["parameters"]["resourceType"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["limit"];
            };
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    exportRecords: {
        parameters: {
            query?: {
                /**
                 * @description `ndjson` (default): a gzip file of newline-delimited JSON, one full record a line, ending with an `ExportTrailer` line. `ndjson-plain`: the same lines and trailer line, not compressed (`application/x-ndjson`), for a fast link or HTTP's own compression; `Accept: application/x-ndjson` also asks for it. `csv`: a CSV file (UTF-8 with BOM), the same columns as the list's CSV. `Accept: text/csv` also asks for CSV.
                 * @example ndjson
                 */
                format?: components["parameters"]["exportFormat"];
                /**
                 * @description Resume an export: only records whose `id` sorts after this one (byte order of the UTF-8 text). Pass the `id` of the last record you received, or the `after` of a failure line, to continue an export that broke off.
                 * @example ln-finance:2026-000123
                 */
                after?: components["parameters"]["exportAfter"];
                /**
                 * @description Only these departments (comma-separated department ids). Default all.
                 * @example [
                 *       "ln-finance",
                 *       "ln-housing"
                 *     ]
                 */
                department?: components["parameters"]["department"];
            };
            header?: never;
            path: {
                /**
                 * @description Which records to export.
                 * @example items
                 */
                kind: components["parameters"]["exportKind"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, streamed. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    "Gongkai-Changes-Cursor": components["headers"]["ChangesCursor"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": string;
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
        };
    };
    getAnnualReport: {
        parameters: {
            query: {
                /**
                 * @description Only these departments (comma-separated department ids). Default all.
                 * @example [
                 *       "ln-finance",
                 *       "ln-housing"
                 *     ]
                 */
                department?: components["parameters"]["department"];
                /**
                 * @description The year the annual report covers.
                 * @example 2025
                 */
                year: components["parameters"]["reportYear"];
            };
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReport"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCompliance: {
        parameters: {
            query?: {
                /**
                 * @description Only these departments (comma-separated department ids). Default all.
                 * @example [
                 *       "ln-finance",
                 *       "ln-housing"
                 *     ]
                 */
                department?: components["parameters"]["department"];
                /**
                 * @description Measure as of this date (default today, China Standard Time). From 2008-05-01 (when the Regulations first took effect) to tomorrow in China; a date outside is answered 400 naming `asOf`.
                 * @example 2026-11-26
                 */
                asOf?: components["parameters"]["asOf"];
            };
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceScoreboard"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the revision being changed; a mismatch is `412` (someone changed it first).
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Id of the item (`<departmentId>:<local>`).
                 * @example ln-finance:2026-000123
                 */
                itemId: components["parameters"]["itemIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    withdrawItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the item (`<departmentId>:<local>`).
                 * @example ln-finance:2026-000123
                 */
                itemId: components["parameters"]["itemIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createFee: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeeInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeSchedule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateFee: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the revision being changed; a mismatch is `412` (someone changed it first).
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Id of the fee (`<departmentId>:<local>`).
                 * @example ln-finance:fee-0001
                 */
                feeId: components["parameters"]["feeIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeeInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeSchedule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    withdrawFee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the fee (`<departmentId>:<local>`).
                 * @example ln-finance:fee-0001
                 */
                feeId: components["parameters"]["feeIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeSchedule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createBudget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BudgetInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateBudget: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the revision being changed; a mismatch is `412` (someone changed it first).
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Id of the budget (`<departmentId>:<local>`).
                 * @example ln-finance:budget-2026
                 */
                budgetId: components["parameters"]["budgetIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BudgetInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    withdrawBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the budget (`<departmentId>:<local>`).
                 * @example ln-finance:budget-2026
                 */
                budgetId: components["parameters"]["budgetIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createAlert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateAlert: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `ETag` of the revision being changed; a mismatch is `412` (someone changed it first).
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-Match"?: components["parameters"]["ifMatch"];
            };
            path: {
                /**
                 * @description Id of the alert (`<departmentId>:<local>`).
                 * @example ln-emergency:alert-2026-0007
                 */
                alertId: components["parameters"]["alertIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    withdrawAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the alert (`<departmentId>:<local>`).
                 * @example ln-emergency:alert-2026-0007
                 */
                alertId: components["parameters"]["alertIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRequestsForDepartment: {
        parameters: {
            query?: {
                /**
                 * @description Only requests in this status.
                 * @example processing
                 */
                status?: components["parameters"]["requestStatus"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Opaque position returned in `links.next`; pass it back unchanged with the same filters.
                 * @example eyJ2IjoxLCJzIjoiLXB1Ymxpc2hlZEF0In0.kq1
                 */
                cursor?: components["parameters"]["cursor"];
            };
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    registerRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (a UUID is best) for this write. Sending the same key with the same body again
                 *     replays the first answer (same status, same body, `Idempotent-Replayed: true`) without a second
                 *     record; the same key with another body is `422`. Keys are kept for at least 24 hours.
                 * @example 7b0c5f0e-3c1d-4b8e-9d52-2f5a8e2f4a11
                 */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestRegistration"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRequestForDepartment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path: {
                /**
                 * @description Tracking number of the request (`<departmentId>:<local>`).
                 * @example ln-finance:YSQ-2026-000123
                 */
                trackingNumber: components["parameters"]["trackingNumberPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureRequest"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    recordRequestEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tracking number of the request (`<departmentId>:<local>`).
                 * @example ln-finance:YSQ-2026-000123
                 */
                trackingNumber: components["parameters"]["trackingNumberPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestEventInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFeedbackForDepartment: {
        parameters: {
            query?: {
                /**
                 * @description Kind of feedback.
                 * @example complaint
                 */
                kind?: components["parameters"]["feedbackKind"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Opaque position returned in `links.next`; pass it back unchanged with the same filters.
                 * @example eyJ2IjoxLCJzIjoiLXB1Ymxpc2hlZEF0In0.kq1
                 */
                cursor?: components["parameters"]["cursor"];
            };
            header?: {
                /**
                 * @description An `ETag` from an earlier answer; if it still matches, the answer is `304` with no body.
                 * @example "5d41402abc4b2a76b9719d911017c592"
                 */
                "If-None-Match"?: components["parameters"]["ifNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    replyToFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the feedback (`<departmentId>:<local>`).
                 * @example ln-housing:fb-2026-000045
                 */
                feedbackId: components["parameters"]["feedbackIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackReplyInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feedback"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    advanceFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the feedback (`<departmentId>:<local>`).
                 * @example ln-housing:fb-2026-000045
                 */
                feedbackId: components["parameters"]["feedbackIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackStageInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feedback"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    publishAnnualReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnualReportPublication"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
