/** The version of the model; bumped on breaking changes to the contract paths. */
export const MODEL_VERSION = "1";
