/**
 * English function words that carry no topic. They are dropped from passages and questions before
 * matching, after the question's type has been read from them ("who", "when", "how many").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren as at be because been before
  being below between both but by can cannot could co did didn do does doesn doing don down during
  each either etc few for from further had has hasn have haven having he her here hers herself him
  himself his how i if in into is isn it its itself just let me more most my myself neither no nor
  not now of off on once only or other ought our ours ourselves out over own same shall she should mr mrs ms dr
  so some such than that the their theirs them themselves then there these they this those through
  to too under until up upon us very via was wasn we were weren what whatever when whenever where
  whereas wherever whether which while who whoever whom whose why will with within without would
  yet you your yours yourself yourselves ve ll re d s t vs versus
  must might mustn mustnt shouldn shouldnt couldn couldnt wouldn wouldnt isnt arent wasnt werent dont doesnt didnt hasnt havent hadnt cant wont`.split(/\s+/),
);

/**
 * Words that frame a question rather than name its topic ("tell me about", "what did X say",
 * "what does X stand for"). Dropped from questions only: in a passage they may be content.
 */
export const QUESTION_FRAME_WORDS: ReadonlySet<string> = new Set(
  `tell say said says saying told explain describe define definition give list name names mean means
  meaning stand stands short according date know please kindly exactly actually really much many thing things
  something anything today tonight tomorrow yesterday currently hi hello hey thanks thank want wanted like would could find show
  per pls plz acc re btw fyi asap quick q involved involve involves ever mention mentioned mentions wait hmm oh thx ty cheers supposed listed lists listing ones`.split(/\s+/),
);
