// A text download's file name, shared by the worksheet and the toolkit's tools. In a module of its
// own so a tool page that names a download does not load the worksheet's saved-data code with it.

/** A text download's name, from the sheet's (or a toolkit item's) name in any script ("worksheet-علي.txt"). */
export const textFileName = (item: { name: string }, prefix = 'worksheet') =>
  `${prefix}-${
    item.name
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'untitled'
  }.txt`;
