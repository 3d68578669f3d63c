import { ValidateBy, type ValidationOptions } from 'class-validator';

/** The field equals another field of the same form (a password typed twice). */
export function SameAs(property: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'sameAs',
      constraints: [property],
      validator: { validate: (value, args) => value === (args?.object as Record<string, unknown>)[property] },
    },
    options,
  );
}

/** The field differs from another field of the same form (a new password from the old one). */
export function DiffersFrom(property: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'differsFrom',
      constraints: [property],
      validator: { validate: (value, args) => value !== (args?.object as Record<string, unknown>)[property] },
    },
    options,
  );
}
