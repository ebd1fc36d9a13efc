// Questions readers type, phrased the way people talk, and the lesson section each should find in its
// top three results (slug and heading anchor). Questions the guide cannot answer have no section: the
// search page must say that nothing answers them. Read by search-questions.test.ts.

export interface ReaderQuestion {
  q: string;
  /** "lesson-slug#heading-anchor", or null when the guide has no answer. */
  section: string | null;
}

export const READER_QUESTIONS: ReaderQuestion[] = [
  { q: 'my boss ignores me', section: 'when-its-hard#the-absent-boss' },
  { q: 'how to ask for a raise', section: 'pay-and-promotion#ask-for-a-raise-before-the-money-is-set' },
  { q: 'remote manager', section: 'new-boss#a-boss-you-mostly-see-on-a-screen' },
  { q: 'boss is younger than me', section: 'new-boss#a-boss-younger-or-newer-than-you' },
  { q: 'passed over for promotion', section: 'pay-and-promotion#passed-over-for-promotion' },
  { q: 'my boss takes credit for my work', section: 'when-its-hard#the-credit-taker' },
  { q: 'I made a mistake how do I tell my boss', section: 'earn-trust#bring-bad-news-early' },
  { q: 'new manager first week', section: 'new-boss#five-conversations-for-the-first-weeks' },
  { q: 'what to do on a PIP', section: 'pay-and-promotion#a-performance-improvement-plan' },
  { q: 'I just got laid off', section: 'pay-and-promotion#laid-off-or-fired' },
  { q: 'my boss micromanages everything I do', section: 'when-its-hard#the-micromanager' },
  { q: 'my boss yells at me in meetings', section: 'when-its-hard#the-hostile-boss' },
  { q: 'how do I disagree with my boss', section: 'grow-together#when-you-disagree' },
  { q: "can I go over my boss's head", section: 'when-its-hard#when-to-go-over-or-around-your-boss' },
  { q: 'how do I get promoted', section: 'pay-and-promotion#know-what-youre-being-judged-on' },
  { q: 'how do I make the case for a promotion', section: 'pay-and-promotion#build-the-case-from-your-wins-log' },
  { q: "I have too much work and can't say no", section: 'earn-trust#own-your-task-list' },
  { q: 'skip level meeting with my boss’s boss', section: 'boss-of-your-boss#skip-level-meetings-done-well' },
  { q: 'how to give my boss feedback', section: 'grow-together#give-your-boss-feedback-too' },
  { q: 'my performance review is next week', section: 'pay-and-promotion#before-the-review' },
  { q: 'my boss has favorites', section: 'when-its-hard#the-boss-who-plays-favorites' },
  { q: 'what should I ask in my first one on one', section: 'know-your-boss#what-to-ask-in-the-first-one-on-one' },
  // The section that holds the scenario "The update that kept getting ignored", where the boss rarely replied.
  { q: 'my boss never replies to my emails', section: 'communicate-their-way#the-collaborative-boss' },
  { q: 'how do I handle criticism from my manager', section: 'grow-together#take-criticism-without-defending-yourself' },
  { q: "I want my boss's job someday", section: 'step-into-their-shoes#look-closely-at-the-job-first' },
  { q: "I'm being harassed at work", section: 'when-its-hard#when-to-go-over-or-around-your-boss' },
  { q: 'should I quit', section: 'when-its-hard#when-to-move-on' },
  { q: 'how to keep track of my wins', section: 'earn-trust#keep-a-wins-log' },
  { q: 'my boss is from a different culture', section: 'new-boss#when-the-unwritten-rules-differ' },
  { q: 'asking for more budget for my team', section: 'new-boss#asking-for-people-budget-and-backing' },
  { q: 'how do I find a mentor', section: 'pay-and-promotion#more-than-one-person-in-your-corner' },
  { q: 'my boss is bad at their job', section: 'when-its-hard#the-boss-who-isnt-good-at-the-job' },
  { q: 'what does managing up actually mean', section: 'what-managing-up-is#what-managing-up-actually-means' },
  { q: "I'm totally burned out", section: 'when-its-hard#when-to-move-on' },
  { q: 'how often should I update my boss', section: 'earn-trust#keep-your-progress-visible' },
  { q: 'how do I file taxes', section: null },
  { q: 'best laptop for work', section: null },
  { q: 'how do I write a cover letter', section: null },
  { q: 'banana bread recipe', section: null },
  { q: 'my printer keeps jamming', section: null },
];
