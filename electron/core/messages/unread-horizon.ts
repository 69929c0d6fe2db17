// The horizon of "unread" (see below), shared by the inbox and the threads of an order.
/**
 * How far back a thread can be unread: a message older than this that nobody opened is history,
 * not news. It keeps "unread" to the threads with recent activity, so the count reads a few
 * thousand threads by an index instead of every thread there ever was. Unanswered threads count
 * whatever their age: they wait on Cutr.
 */
export const unreadHorizonDays = 30;

export const unreadSince = (now: Date) =>
  new Date(now.getTime() - unreadHorizonDays * 86_400_000).toISOString();
