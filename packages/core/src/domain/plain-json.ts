/**
 * Types for checking a result schema against the core type it publishes.
 *
 * The API sends the core's results as JSON with `undefined` replaced by `null` (a
 * statistic that cannot be computed is `null`, never a missing key), so a member typed
 * `number | undefined` in the core arrives as `number | null`; members the core leaves out
 * (optional keys) stay optional. `PlainJson<T>` is that JSON form of `T`, and
 * `Equal<A, B>` lets a module assert at compile time that its zod schema infers it
 * exactly (diagnosis-result.ts, advice-result.ts, portfolio-result.ts).
 */

type OptionalKeys<T> = {
  [K in keyof T]-?: string extends K
    ? never
    : number extends K
      ? never
      : Record<never, never> extends Pick<T, K>
        ? K
        : never;
}[keyof T];

type Flatten<T> = { [K in keyof T]: T[K] };

/** `T` as JSON.stringify with the `undefined → null` replacer writes it. */
export type PlainJson<T> = T extends string | number | boolean | null
  ? T
  : T extends undefined
    ? null
    : T extends readonly (infer U)[]
      ? PlainJson<U>[]
      : T extends object
        ? Flatten<
            { [K in Exclude<keyof T, OptionalKeys<T>>]: PlainJson<T[K]> } & {
              [K in OptionalKeys<T>]?: PlainJson<Exclude<T[K], undefined>>;
            }
          >
        : never;

/** `true` when `A` and `B` are the same type (not merely assignable one way). */
export type Equal<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/** Compiles only with `true`: `type _check = Assert<Equal<A, B>>`. */
export type Assert<T extends true> = T;
