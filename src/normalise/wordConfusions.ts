/**
 * Real words a scan prints for other words, learned from BLN600's OCR beside its ground truth (tune split:
 * every sample but each fifth; 384 samples), by scripts/learn-word-confusions.ts --min 5:
 * [seen, meant, times the ground truth's meant word was printed as seen, times the meant word stands in the
 * ground truth]. seen / meant estimates P(printed as seen | meant), the channel the real-word rule weighs
 * these candidates by (see realWord.ts). Generated: do not edit by hand.
 */
export const WORD_CONFUSIONS: ReadonlyArray<readonly [string, string, number, number]> = [
  ["lie","he",85,3139],
  ["bad","had",65,1951],
  ["be","he",54,3139],
  ["he","be",28,797],
  ["end","and",25,5974],
  ["ho","he",22,3139],
  ["tie","the",19,15826],
  ["hut","but",16,696],
  ["bat","but",15,696],
  ["tho","the",15,15826],
  ["le","he",13,3139],
  ["en","on",12,2373],
  ["oi","of",12,6252],
  ["aid","and",11,5974],
  ["ease","case",11,318],
  ["lad","had",10,1951],
  ["tile","the",10,15826],
  ["air","mr",9,1183],
  ["bis","his",9,1608],
  ["hie","he",9,3139],
  ["or","of",8,6252],
  ["an","on",7,2373],
  ["ol","of",7,6252],
  ["wag","was",7,4268],
  ["wes","was",7,4268],
  ["ha","he",6,3139],
  ["in","is",6,480],
  ["is","in",6,3475],
  ["wee","was",6,4268],
  ["bead","head",5,173],
  ["hack","back",5,145],
  ["hint","him",5,1075],
  ["lee","he",5,3139],
  ["ol","on",5,2373],
  ["sad","and",5,5974],
  ["thei","the",5,15826],
  ["tier","her",5,1402]
]
