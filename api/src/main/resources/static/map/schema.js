// Reads the API's schema (by introspection) so the page can use analyses that exist on this server
// and leave the others switched off. Selections are built from the schema, so an analysis is usable
// whatever the shape of its answer, as long as it leads to actors.

const ACTOR_TYPES = new Set(['Actor']);
const LEAF_KINDS = new Set(['SCALAR', 'ENUM']);
const MAX_DEPTH = 5;

export class Schema {
  constructor(introspection) {
    this.types = new Map(introspection.__schema.types.map((t) => [t.name, t]));
  }

  field(typeName, fieldName) {
    return this.types.get(typeName)?.fields?.find((f) => f.name === fieldName) ?? null;
  }

  /** The first of the names that is a field of the type, callable with the given argument names supplied. */
  findField(typeName, names, supplied = []) {
    for (const name of names) {
      const field = this.field(typeName, name);
      if (field && requiredArgs(field).every((a) => supplied.includes(a.name))) return field;
    }
    return null;
  }

  enumValues(typeName) {
    return (this.types.get(typeName)?.enumValues ?? []).map((v) => v.name);
  }

  /** A selection set for a field's type reaching every actor below it, with leaves for explanations. */
  selection(typeRef, depth = 0) {
    const named = unwrap(typeRef);
    if (LEAF_KINDS.has(named.kind)) return '';
    if (ACTOR_TYPES.has(named.name)) return '{ __typename id name }';
    if (named.kind !== 'OBJECT' || depth >= MAX_DEPTH) return null;
    const type = this.types.get(named.name);
    const parts = ['__typename'];
    for (const field of type.fields ?? []) {
      if (requiredArgs(field).length > 0 || field.name === 'pageInfo') continue;
      const sub = this.selection(field.type, depth + 1);
      if (sub === '') parts.push(field.name);
      else if (sub) parts.push(`${field.name} ${sub}`);
    }
    return parts.length > 1 ? `{ ${parts.join(' ')} }` : null;
  }
}

function requiredArgs(field) {
  return (field.args ?? []).filter((a) => a.type.kind === 'NON_NULL' && a.defaultValue == null);
}

/** The named type under NON_NULL and LIST wrappers. */
export function unwrap(typeRef) {
  let t = typeRef;
  while (t && (t.kind === 'NON_NULL' || t.kind === 'LIST')) t = t.ofType;
  return t;
}

/**
 * The actors and actor pairs in an answer: every actor object, and every object holding two
 * actors (as two fields, as one list of two, or as a source and a target id) as a tie.
 */
export function collectActors(value) {
  const actors = new Set();
  const pairs = [];
  const walk = (v) => {
    if (Array.isArray(v)) {
      v.forEach(walk);
      return;
    }
    if (!v || typeof v !== 'object') return;
    if (ACTOR_TYPES.has(v.__typename) && v.id != null) {
      actors.add(v.id);
      return;
    }
    const isActor = (c) => c && typeof c === 'object' && ACTOR_TYPES.has(c.__typename);
    const ends = Object.values(v).filter(isActor).map((c) => c.id);
    // The two ends may also come as one list of two actors (e.g. actors: [Actor!]!).
    const endList = Object.values(v).find((c) => Array.isArray(c) && c.length === 2 && c.every(isActor));
    if (ends.length < 2 && endList) ends.splice(0, ends.length, endList[0].id, endList[1].id);
    if (ends.length < 2 && typeof v.source === 'string' && typeof v.target === 'string') {
      ends.splice(0, ends.length, v.source, v.target);
    }
    if (ends.length >= 2) pairs.push([ends[0], ends[1]]);
    Object.values(v).forEach(walk);
  };
  walk(value);
  return { actors, pairs };
}
