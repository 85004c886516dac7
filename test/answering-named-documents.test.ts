import { describe, expect, it } from 'vitest';
import { askerOf } from './helpers/written-knowledge.js';

// Documents written for these tests: a news article and a work plan that each list a network's
// priorities in their own order, and a glossary. Staff in a meeting say which document they mean
// ("in the harbour council article", "per the work plan doc", "glossary: CNW?"): the document
// named is where to answer from, and its name is not a word to find in the answer.

const HARBOUR_ARTICLE = `---
title: The Harbour Council joins the Coastal Network
---

# The Harbour Council joins the Coastal Network

The Harbour Council became a member of the Coastal Network (CNW) in March 2021.

As first steps for the coming years, the Coastal Network recommends five priority areas:

1. Mapping the shoreline
2. Sharing tide data between ports
3. Protecting the wetlands of the estuary
4. Funding local boat yards
5. Training volunteers

Council chair Ilse Marten said the membership "gives small ports a voice at the table".
`;

const WORK_PLAN = `---
title: Coastal Network work plan 2024
---

# Coastal Network work plan 2024

## Priorities

The Coastal Network set the following priorities for 2024:

1. Replacing the old harbour lights
2. Training harbour pilots
3. Opening a second office in Riga
4. Publishing a yearly report

## Meetings

The network meets twice a year, in spring and in autumn.
`;

const GLOSSARY = `---
title: Glossary of abbreviations
kind: glossary
---

# Glossary of abbreviations

- **CNW**: Coastal Network
- **HPA**: Harbour Pilots Association
`;

describe('a question that names the document to answer from', () => {
  const ask = askerOf({ 'harbour-council-joins.md': HARBOUR_ARTICLE, 'coastal-network-work-plan.md': WORK_PLAN, 'glossary.md': GLOSSARY });

  it('answers "priority #3" from the article named before it, not from the work plan', () => {
    const reply = ask('harbour council article coastal network priority #3');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Protecting the wetlands');
    expect(reply.sources[0]!.title).toBe('The Harbour Council joins the Coastal Network');
  });

  it('reads "in the … article," and "per the … doc" as where to look, whatever else the question says', () => {
    expect(ask('in the harbour council article, what is the 2nd of the priority areas?').answer).toContain('Sharing tide data');
    expect(ask('per the work plan doc, what is priority #3?').answer).toContain('second office in Riga');
  });

  it('answers "glossary: HPA?" with what the glossary spells out', () => {
    const reply = ask('glossary: HPA?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Harbour Pilots Association');
  });
});
