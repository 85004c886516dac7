export { answerInConversation } from './answer-in-conversation.js';
export { CONVERSATION_DEFAULTS, ConversationStore, type ConversationOptions } from './conversation-store.js';
export { readFollowUp, type FollowUp } from './follow-up.js';
export type { ConversationTurn } from './turn.js';
