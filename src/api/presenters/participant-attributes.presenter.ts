import type { ParticipantAttribute } from '../../services/participant-attributes.js';

export const presentParticipantAttribute = (a: ParticipantAttribute) => ({
  id: a.id,
  name: a.name,
  kind: a.kind,
  choices: [...a.choices],
  description: a.description,
  version: a.version,
});
