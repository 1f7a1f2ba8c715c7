/**
 * Real words a scan prints for other words, learned from BLN600's OCR beside its ground truth (tune split:
 * every sample but each fifth; 384 samples), by scripts/learn-word-confusions.ts --min 4:
 * [seen, meant, times the ground truth's meant word was printed as seen, times the meant word stands in the
 * ground truth, times the OCR prints the seen word]. The third over the fourth estimates P(printed as seen |
 * meant), the channel the real-word rule weighs these candidates by (see realWord.ts); kept when the third
 * is 4 or more (5 or more for a word the reference uses 300 times or more) and
 * 0.5 % of the fifth or more. Generated: do not edit by hand.
 */
export const WORD_CONFUSIONS: ReadonlyArray<readonly [string, string, number, number, number]> = [
  ["lie","he",85,3139,133],
  ["bad","had",65,1951,126],
  ["be","he",54,3139,795],
  ["he","be",28,797,2802],
  ["end","and",25,5974,87],
  ["ho","he",22,3139,47],
  ["tie","the",19,15826,37],
  ["hut","but",16,696,20],
  ["bat","but",15,696,24],
  ["tho","the",15,15826,29],
  ["le","he",13,3139,60],
  ["en","on",12,2373,62],
  ["oi","of",12,6252,22],
  ["aid","and",11,5974,39],
  ["ease","case",11,318,15],
  ["lad","had",10,1951,34],
  ["tile","the",10,15826,24],
  ["air","mr",9,1183,19],
  ["bis","his",9,1608,11],
  ["hie","he",9,3139,16],
  ["or","of",8,6252,339],
  ["an","on",7,2373,671],
  ["ol","of",7,6252,26],
  ["wag","was",7,4268,9],
  ["wes","was",7,4268,13],
  ["ha","he",6,3139,32],
  ["is","in",6,3475,494],
  ["wee","was",6,4268,10],
  ["bead","head",5,173,7],
  ["hack","back",5,145,6],
  ["hint","him",5,1075,6],
  ["lee","he",5,3139,14],
  ["ol","on",5,2373,26],
  ["sad","and",5,5974,15],
  ["thei","the",5,15826,8],
  ["tier","her",5,1402,9],
  ["ad","and",4,5974,52],
  ["anti","and",4,5974,6],
  ["bet","but",4,696,10],
  ["bf","of",4,6252,6],
  ["eases","cases",4,46,5],
  ["eve","eye",4,26,9],
  ["hal","had",4,1951,8],
  ["ill","in",4,3475,58],
  ["mot","not",4,996,5],
  ["mouths","months",4,135,7],
  ["net","not",4,996,6],
  ["tee","the",4,15826,17],
  ["tire","the",4,15826,8]
]
