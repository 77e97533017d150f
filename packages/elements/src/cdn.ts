// The CDN file (`dist/cdn/gongkai-elements.js`): every element defined, Lit included.
import './gk-disclosure-list/define';
import './gk-item/define';
import './gk-search/define';
import './gk-alert-banner/define';
import './gk-budget-table/define';
import './gk-fee-schedule/define';
import './gk-compliance-board/define';
import './gk-feedback-form/define';
import './gk-rating/define';
import './gk-request-form/define';
import './gk-request-status/define';
