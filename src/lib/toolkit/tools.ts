// Which tools a lesson feeds, from the one mapping in src/data/toolkit/tools.yaml, so the lesson
// pages link to their tools without any lesson file naming them.
export interface ToolLink {
  id: string;
  title: string;
  href: string;
  lessons: readonly { id: string }[];
}

/** The tools fed by a lesson, in the order the data lists them. */
export const toolsForLesson = <T extends ToolLink>(tools: readonly T[], lesson: string): T[] =>
  tools.filter((t) => t.lessons.some((l) => l.id === lesson));
