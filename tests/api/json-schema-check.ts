// A small JSON Schema (2020-12 subset) reader for the OpenAPI walk (tests/api/openapi-walk.test.ts):
// does a value conform, a valid value of a schema, and values that break one of its rules. Only
// the keywords the generated document uses; an unknown keyword fails loudly rather than passing.
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  "$ref", "type", "enum", "const", "pattern", "format", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
  "exclusiveMaximum", "items", "minItems", "maxItems", "properties", "required", "additionalProperties", "anyOf", "description",
  "default", "examples", "propertyNames",
]);

export class SchemaReader {
  constructor(private readonly document: { components: { schemas: Record<string, Schema> } }) {}

  resolve(schema: Schema): Schema {
    const ref = schema.$ref as string | undefined;
    if (!ref) return schema;
    const name = ref.replace("#/components/schemas/", "");
    const found = this.document.components.schemas[name];
    if (!found) throw new Error(`Unknown $ref ${ref}`);
    return this.resolve(found);
  }

  /** The first rule `value` breaks, or null when it conforms. */
  violation(value: unknown, raw: Schema, path = "$"): string | null {
    const schema = this.resolve(raw);
    for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`The checker does not know the keyword ${key} (${path})`);
    if (schema.anyOf) {
      const branches = schema.anyOf as Schema[];
      if (branches.every((branch) => this.violation(value, branch, path) !== null)) return `${path}: matches no anyOf branch`;
    }
    if ("const" in schema && value !== schema.const) return `${path}: not ${JSON.stringify(schema.const)}`;
    if (schema.enum && !(schema.enum as unknown[]).includes(value)) return `${path}: not in the enum`;
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
      if (!types.some((type) => isType(value, type))) return `${path}: not of type ${types.join("|")}`;
    }
    if (typeof value === "string") {
      const length = [...value].length;
      if (typeof schema.minLength === "number" && length < schema.minLength) return `${path}: shorter than ${schema.minLength}`;
      if (typeof schema.maxLength === "number" && length > schema.maxLength) return `${path}: longer than ${schema.maxLength}`;
      if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) return `${path}: does not match ${schema.pattern}`;
    }
    if (typeof value === "number") {
      if (typeof schema.minimum === "number" && value < schema.minimum) return `${path}: below ${schema.minimum}`;
      if (typeof schema.maximum === "number" && value > schema.maximum) return `${path}: above ${schema.maximum}`;
      if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum) return `${path}: not above ${schema.exclusiveMinimum}`;
      if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum) return `${path}: not below ${schema.exclusiveMaximum}`;
    }
    if (Array.isArray(value)) {
      if (typeof schema.minItems === "number" && value.length < schema.minItems) return `${path}: fewer than ${schema.minItems} items`;
      if (typeof schema.maxItems === "number" && value.length > schema.maxItems) return `${path}: more than ${schema.maxItems} items`;
      if (schema.items) {
        for (const [index, item] of value.entries()) {
          const broken = this.violation(item, schema.items as Schema, `${path}[${index}]`);
          if (broken) return broken;
        }
      }
    }
    if (isType(value, "object")) {
      const object = value as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const name of (schema.required ?? []) as string[]) if (!(name in object)) return `${path}: ${name} is missing`;
      for (const [name, item] of Object.entries(object)) {
        if (properties[name]) {
          const broken = this.violation(item, properties[name], `${path}.${name}`);
          if (broken) return broken;
        } else if (schema.additionalProperties === false) return `${path}: ${name} is not allowed`;
        else if (isType(schema.additionalProperties, "object")) {
          const broken = this.violation(item, schema.additionalProperties as Schema, `${path}.${name}`);
          if (broken) return broken;
        }
      }
    }
    return null;
  }

  /** A value the schema allows: its first example, else built from its rules. */
  valid(raw: Schema): unknown {
    const schema = this.resolve(raw);
    const value = this.build(schema);
    const broken = this.violation(value, schema);
    if (broken) throw new Error(`No valid value could be made (${broken}); give the schema an example: ${JSON.stringify(schema)}`);
    return value;
  }

  private build(schema: Schema): unknown {
    if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
    if ("const" in schema) return schema.const;
    if (schema.enum) return (schema.enum as unknown[]).find((value) => value !== "") ?? (schema.enum as unknown[])[0];
    if (schema.anyOf) {
      const branches = (schema.anyOf as Schema[]).map((branch) => this.resolve(branch)).filter((branch) => branch.type !== "null");
      // Prefer a branch that is more than a literal ("" clears a field; a value is a better test).
      const branch = branches.find((b) => !("const" in b) && !b.anyOf) ?? branches.find((b) => !("const" in b)) ?? branches[0];
      return this.build(branch);
    }
    const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== "null") : (schema.type as string);
    switch (type) {
      case "string":
        if (schema.format === "date") return "2026-01-31";
        if (schema.format === "email") return "walk@example.com";
        return "W".repeat(Math.max(1, Number(schema.minLength ?? 1)));
      case "integer":
      case "number":
        return typeof schema.minimum === "number" ? schema.minimum : typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + 1 : 1;
      case "boolean":
        return true;
      case "array":
        return schema.items ? Array.from({ length: Math.max(1, Number(schema.minItems ?? 1)) }, () => this.valid(schema.items as Schema)) : [];
      case "object": {
        const properties = (schema.properties ?? {}) as Record<string, Schema>;
        return Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, this.valid(property)]));
      }
      default:
        throw new Error(`No valid value for ${JSON.stringify(schema)}`);
    }
  }

  /** Values that break one documented rule each (checked against the schema), with the rule named.
   * `deep`: also break the items of an array of objects (off for bulk, whose items fail alone). */
  invalid(raw: Schema, { deep = true } = {}): { rule: string; value: unknown }[] {
    const schema = this.resolve(raw);
    const candidates: { rule: string; value: unknown }[] = [{ rule: "type", value: { not: "this type" } }];
    const collect = (s: Schema) => {
      const rules = this.resolve(s);
      if (rules.enum) candidates.push({ rule: "enum", value: "zz-not-in-the-list" });
      if ("const" in rules) candidates.push({ rule: "const", value: "zz-not-the-constant" });
      if (typeof rules.maxLength === "number") candidates.push({ rule: "maxLength", value: "w".repeat(rules.maxLength + 1) });
      if (typeof rules.minLength === "number" && rules.minLength > 0) candidates.push({ rule: "minLength", value: "" });
      if (typeof rules.pattern === "string" || rules.format) {
        for (const value of ["   ", "not valid", "http://example.com", "https://nodot", "12345678", "2026-02-30", "12.345", "a,b"]) {
          candidates.push({ rule: `pattern ${rules.pattern ?? rules.format}`, value });
        }
      }
      if (typeof rules.minimum === "number") candidates.push({ rule: "minimum", value: rules.minimum - 1 });
      if (typeof rules.exclusiveMinimum === "number") candidates.push({ rule: "exclusiveMinimum", value: rules.exclusiveMinimum });
      if (typeof rules.maximum === "number") candidates.push({ rule: "maximum", value: rules.maximum + 1 });
      if (rules.type === "integer") candidates.push({ rule: "integer", value: 1.5 });
      if (rules.type === "array" && rules.items) {
        const item = this.valid(rules.items as Schema);
        if (typeof rules.maxItems === "number") candidates.push({ rule: "maxItems", value: Array.from({ length: rules.maxItems + 1 }, (_, i) => distinct(item, i)) });
        if (typeof rules.minItems === "number" && rules.minItems > 0) candidates.push({ rule: "minItems", value: [] });
        const items = this.resolve(rules.items as Schema);
        if (deep || items.type !== "object") {
          for (const bad of this.invalid(items)) candidates.push({ rule: `items: ${bad.rule}`, value: [bad.value] });
        }
      }
      if (rules.anyOf) for (const branch of rules.anyOf as Schema[]) collect(branch);
    };
    collect(schema);
    // Only values the document really refuses (an anyOf refuses what no branch takes).
    const seen = new Set<string>();
    return candidates.filter(({ value }) => {
      const key = JSON.stringify(value);
      if (seen.has(key) || this.violation(value, schema) === null) return false;
      seen.add(key);
      return true;
    });
  }
}

/** The i-th copy of a valid array item, made distinct where it is text (tags are merged when equal). */
function distinct(item: unknown, index: number): unknown {
  return typeof item === "string" ? `${item}${index}` : item;
}

function isType(value: unknown, type: string): boolean {
  switch (type) {
    case "null": return value === null;
    case "string": return typeof value === "string";
    case "boolean": return typeof value === "boolean";
    case "number": return typeof value === "number" && Number.isFinite(value);
    case "integer": return typeof value === "number" && Number.isInteger(value);
    case "array": return Array.isArray(value);
    case "object": return typeof value === "object" && value !== null && !Array.isArray(value);
    default: throw new Error(`Unknown type ${type}`);
  }
}
