export { Feedback, FEEDBACK_DEFAULTS, parseVoteValue, THANKS_DOWN, THANKS_UP, VOTE_EXPIRED, type FeedbackOptions } from './feedback.js';
export { FeedbackLog, parseFeedbackLog, type FeedbackEntry, type FeedbackSink, type Vote } from './feedback-log.js';
export { downvotedAnswers, renderDownvotes, type DownvotedAnswer } from './downvotes-report.js';
