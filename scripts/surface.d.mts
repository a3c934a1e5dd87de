export declare const SUBPATHS: readonly string[];
export declare const BARREL_FOLDERS: readonly string[];
