export declare function parseAcceptEncoding(header: string): Map<string, number>;
export declare function chooseEncoding(header: string | undefined, available: readonly string[]): string;
export declare function parseEntityTags(header: string): '*' | string[];
export declare function isNotModified(ifNoneMatch: string | undefined, etag: string): boolean;
export declare function addVary(current: string | number | string[] | undefined, field: string): string;
