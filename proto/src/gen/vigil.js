/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $Array = $util.global.Array, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const vigil = $root.vigil = (() => {

    /**
     * Namespace vigil.
     * @exports vigil
     * @namespace
     */
    const vigil = {};

    vigil.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof vigil
         * @namespace
         */
        const v1 = {};

        v1.AgentMessage = (function() {

            /**
             * Properties of an AgentMessage.
             * @typedef {Object} vigil.v1.AgentMessage.$Properties
             * @property {vigil.v1.Hello.$Properties|null} [hello] AgentMessage hello
             * @property {vigil.v1.EnrollRequest.$Properties|null} [enroll] AgentMessage enroll
             * @property {vigil.v1.EventBatch.$Properties|null} [batch] AgentMessage batch
             * @property {vigil.v1.CommandResult.$Properties|null} [commandResult] AgentMessage commandResult
             * @property {vigil.v1.Heartbeat.$Properties|null} [heartbeat] AgentMessage heartbeat
             * @property {vigil.v1.FileChunk.$Properties|null} [fileChunk] AgentMessage fileChunk
             * @property {"hello"|"enroll"|"batch"|"commandResult"|"heartbeat"|"fileChunk"} [body] AgentMessage body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentMessage.
             * @memberof vigil.v1
             * @interface IAgentMessage
             * @augments vigil.v1.AgentMessage.$Properties
             * @deprecated Use vigil.v1.AgentMessage.$Properties instead.
             */

            /**
             * Narrowed shape of an AgentMessage.
             * @typedef {{
             *   hello?: vigil.v1.Hello.$Shape|null;
             *   enroll?: vigil.v1.EnrollRequest.$Shape|null;
             *   batch?: vigil.v1.EventBatch.$Shape|null;
             *   commandResult?: vigil.v1.CommandResult.$Shape|null;
             *   heartbeat?: vigil.v1.Heartbeat.$Shape|null;
             *   fileChunk?: vigil.v1.FileChunk.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; enroll?: null; batch?: null; commandResult?: null; heartbeat?: null; fileChunk?: null }|{ body?: "hello"; hello: vigil.v1.Hello.$Shape; enroll?: null; batch?: null; commandResult?: null; heartbeat?: null; fileChunk?: null }|{ body?: "enroll"; hello?: null; enroll: vigil.v1.EnrollRequest.$Shape; batch?: null; commandResult?: null; heartbeat?: null; fileChunk?: null }|{ body?: "batch"; hello?: null; enroll?: null; batch: vigil.v1.EventBatch.$Shape; commandResult?: null; heartbeat?: null; fileChunk?: null }|{ body?: "commandResult"; hello?: null; enroll?: null; batch?: null; commandResult: vigil.v1.CommandResult.$Shape; heartbeat?: null; fileChunk?: null }|{ body?: "heartbeat"; hello?: null; enroll?: null; batch?: null; commandResult?: null; heartbeat: vigil.v1.Heartbeat.$Shape; fileChunk?: null }|{ body?: "fileChunk"; hello?: null; enroll?: null; batch?: null; commandResult?: null; heartbeat?: null; fileChunk: vigil.v1.FileChunk.$Shape })
             * )} vigil.v1.AgentMessage.$Shape
             */

            /**
             * Constructs a new AgentMessage.
             * @memberof vigil.v1
             * @classdesc Represents an AgentMessage.
             * @constructor
             * @param {vigil.v1.AgentMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgentMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AgentMessage hello.
             * @member {vigil.v1.Hello.$Properties|null|undefined} hello
             * @memberof vigil.v1.AgentMessage
             * @instance
             */
            AgentMessage.prototype.hello = null;

            /**
             * AgentMessage enroll.
             * @member {vigil.v1.EnrollRequest.$Properties|null|undefined} enroll
             * @memberof vigil.v1.AgentMessage
             * @instance
             */
            AgentMessage.prototype.enroll = null;

            /**
             * AgentMessage batch.
             * @member {vigil.v1.EventBatch.$Properties|null|undefined} batch
             * @memberof vigil.v1.AgentMessage
             * @instance
             */
            AgentMessage.prototype.batch = null;

            /**
             * AgentMessage commandResult.
             * @member {vigil.v1.CommandResult.$Properties|null|undefined} commandResult
             * @memberof vigil.v1.AgentMessage
             * @instance
             */
            AgentMessage.prototype.commandResult = null;

            /**
             * AgentMessage heartbeat.
             * @member {vigil.v1.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof vigil.v1.AgentMessage
             * @instance
             */
            AgentMessage.prototype.heartbeat = null;

            /**
             * AgentMessage fileChunk.
             * @member {vigil.v1.FileChunk.$Properties|null|undefined} fileChunk
             * @memberof vigil.v1.AgentMessage
             * @instance
             */
            AgentMessage.prototype.fileChunk = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * AgentMessage body.
             * @member {"hello"|"enroll"|"batch"|"commandResult"|"heartbeat"|"fileChunk"|undefined} body
             * @memberof vigil.v1.AgentMessage
             * @instance
             */
            $Object.defineProperty(AgentMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "enroll", "batch", "commandResult", "heartbeat", "fileChunk"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AgentMessage instance using the specified properties.
             * @function create
             * @memberof vigil.v1.AgentMessage
             * @static
             * @param {vigil.v1.AgentMessage.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.AgentMessage} AgentMessage instance
             * @type {{
             *   (properties: vigil.v1.AgentMessage.$Shape): vigil.v1.AgentMessage & vigil.v1.AgentMessage.$Shape;
             *   (properties?: vigil.v1.AgentMessage.$Properties): vigil.v1.AgentMessage;
             * }}
             */
            AgentMessage.create = function(properties) {
                return new AgentMessage(properties);
            };

            /**
             * Encodes the specified AgentMessage message. Does not implicitly {@link vigil.v1.AgentMessage.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.AgentMessage
             * @static
             * @param {vigil.v1.AgentMessage.$Properties} message AgentMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.vigil.v1.Hello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.enroll != null && $Object.hasOwnProperty.call(message, "enroll"))
                    $root.vigil.v1.EnrollRequest.encode(message.enroll, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.batch != null && $Object.hasOwnProperty.call(message, "batch"))
                    $root.vigil.v1.EventBatch.encode(message.batch, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.commandResult != null && $Object.hasOwnProperty.call(message, "commandResult"))
                    $root.vigil.v1.CommandResult.encode(message.commandResult, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.vigil.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.fileChunk != null && $Object.hasOwnProperty.call(message, "fileChunk"))
                    $root.vigil.v1.FileChunk.encode(message.fileChunk, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AgentMessage message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.AgentMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.AgentMessage & vigil.v1.AgentMessage.$Shape} AgentMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.AgentMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.vigil.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.enroll = $root.vigil.v1.EnrollRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.enroll);
                            message.body = "enroll";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.batch = $root.vigil.v1.EventBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.batch);
                            message.body = "batch";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.commandResult = $root.vigil.v1.CommandResult.decode(reader, reader.size(), $undefined, _depth + 1, message.commandResult);
                            message.body = "commandResult";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.vigil.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.body = "heartbeat";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.fileChunk = $root.vigil.v1.FileChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.fileChunk);
                            message.body = "fileChunk";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AgentMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.AgentMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.AgentMessage} AgentMessage
             */
            AgentMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.AgentMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.AgentMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.AgentMessage();
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".vigil.v1.AgentMessage.hello: object expected");
                    message.hello = $root.vigil.v1.Hello.fromObject(object.hello, _depth + 1);
                }
                if (object.enroll != null) {
                    if (!$util.isObject(object.enroll))
                        throw $TypeError(".vigil.v1.AgentMessage.enroll: object expected");
                    message.enroll = $root.vigil.v1.EnrollRequest.fromObject(object.enroll, _depth + 1);
                }
                if (object.batch != null) {
                    if (!$util.isObject(object.batch))
                        throw $TypeError(".vigil.v1.AgentMessage.batch: object expected");
                    message.batch = $root.vigil.v1.EventBatch.fromObject(object.batch, _depth + 1);
                }
                if (object.commandResult != null) {
                    if (!$util.isObject(object.commandResult))
                        throw $TypeError(".vigil.v1.AgentMessage.commandResult: object expected");
                    message.commandResult = $root.vigil.v1.CommandResult.fromObject(object.commandResult, _depth + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw $TypeError(".vigil.v1.AgentMessage.heartbeat: object expected");
                    message.heartbeat = $root.vigil.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                }
                if (object.fileChunk != null) {
                    if (!$util.isObject(object.fileChunk))
                        throw $TypeError(".vigil.v1.AgentMessage.fileChunk: object expected");
                    message.fileChunk = $root.vigil.v1.FileChunk.fromObject(object.fileChunk, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AgentMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.AgentMessage
             * @static
             * @param {vigil.v1.AgentMessage} message AgentMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.vigil.v1.Hello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.enroll != null && $Object.hasOwnProperty.call(message, "enroll")) {
                    object.enroll = $root.vigil.v1.EnrollRequest.toObject(message.enroll, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "enroll";
                }
                if (message.batch != null && $Object.hasOwnProperty.call(message, "batch")) {
                    object.batch = $root.vigil.v1.EventBatch.toObject(message.batch, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "batch";
                }
                if (message.commandResult != null && $Object.hasOwnProperty.call(message, "commandResult")) {
                    object.commandResult = $root.vigil.v1.CommandResult.toObject(message.commandResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "commandResult";
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.vigil.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "heartbeat";
                }
                if (message.fileChunk != null && $Object.hasOwnProperty.call(message, "fileChunk")) {
                    object.fileChunk = $root.vigil.v1.FileChunk.toObject(message.fileChunk, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "fileChunk";
                }
                return object;
            };

            /**
             * Converts this AgentMessage to JSON.
             * @function toJSON
             * @memberof vigil.v1.AgentMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentMessage.prototype.toJSON = function() {
                return AgentMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AgentMessage
             * @function getTypeUrl
             * @memberof vigil.v1.AgentMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AgentMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.AgentMessage";
            };

            return AgentMessage;
        })();

        v1.CollectorMessage = (function() {

            /**
             * Properties of a CollectorMessage.
             * @typedef {Object} vigil.v1.CollectorMessage.$Properties
             * @property {vigil.v1.Challenge.$Properties|null} [challenge] CollectorMessage challenge
             * @property {vigil.v1.Welcome.$Properties|null} [welcome] CollectorMessage welcome
             * @property {vigil.v1.Ack.$Properties|null} [ack] CollectorMessage ack
             * @property {vigil.v1.SignedCommand.$Properties|null} [command] CollectorMessage command
             * @property {vigil.v1.AgentConfig.$Properties|null} [config] CollectorMessage config
             * @property {vigil.v1.Refusal.$Properties|null} [refusal] CollectorMessage refusal
             * @property {vigil.v1.SignedConfig.$Properties|null} [signedConfig] CollectorMessage signedConfig
             * @property {"challenge"|"welcome"|"ack"|"command"|"config"|"refusal"|"signedConfig"} [body] CollectorMessage body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CollectorMessage.
             * @memberof vigil.v1
             * @interface ICollectorMessage
             * @augments vigil.v1.CollectorMessage.$Properties
             * @deprecated Use vigil.v1.CollectorMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a CollectorMessage.
             * @typedef {{
             *   challenge?: vigil.v1.Challenge.$Shape|null;
             *   welcome?: vigil.v1.Welcome.$Shape|null;
             *   ack?: vigil.v1.Ack.$Shape|null;
             *   command?: vigil.v1.SignedCommand.$Shape|null;
             *   config?: vigil.v1.AgentConfig.$Shape|null;
             *   refusal?: vigil.v1.Refusal.$Shape|null;
             *   signedConfig?: vigil.v1.SignedConfig.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; challenge?: null; welcome?: null; ack?: null; command?: null; config?: null; refusal?: null; signedConfig?: null }|{ body?: "challenge"; challenge: vigil.v1.Challenge.$Shape; welcome?: null; ack?: null; command?: null; config?: null; refusal?: null; signedConfig?: null }|{ body?: "welcome"; challenge?: null; welcome: vigil.v1.Welcome.$Shape; ack?: null; command?: null; config?: null; refusal?: null; signedConfig?: null }|{ body?: "ack"; challenge?: null; welcome?: null; ack: vigil.v1.Ack.$Shape; command?: null; config?: null; refusal?: null; signedConfig?: null }|{ body?: "command"; challenge?: null; welcome?: null; ack?: null; command: vigil.v1.SignedCommand.$Shape; config?: null; refusal?: null; signedConfig?: null }|{ body?: "config"; challenge?: null; welcome?: null; ack?: null; command?: null; config: vigil.v1.AgentConfig.$Shape; refusal?: null; signedConfig?: null }|{ body?: "refusal"; challenge?: null; welcome?: null; ack?: null; command?: null; config?: null; refusal: vigil.v1.Refusal.$Shape; signedConfig?: null }|{ body?: "signedConfig"; challenge?: null; welcome?: null; ack?: null; command?: null; config?: null; refusal?: null; signedConfig: vigil.v1.SignedConfig.$Shape })
             * )} vigil.v1.CollectorMessage.$Shape
             */

            /**
             * Constructs a new CollectorMessage.
             * @memberof vigil.v1
             * @classdesc Represents a CollectorMessage.
             * @constructor
             * @param {vigil.v1.CollectorMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CollectorMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CollectorMessage challenge.
             * @member {vigil.v1.Challenge.$Properties|null|undefined} challenge
             * @memberof vigil.v1.CollectorMessage
             * @instance
             */
            CollectorMessage.prototype.challenge = null;

            /**
             * CollectorMessage welcome.
             * @member {vigil.v1.Welcome.$Properties|null|undefined} welcome
             * @memberof vigil.v1.CollectorMessage
             * @instance
             */
            CollectorMessage.prototype.welcome = null;

            /**
             * CollectorMessage ack.
             * @member {vigil.v1.Ack.$Properties|null|undefined} ack
             * @memberof vigil.v1.CollectorMessage
             * @instance
             */
            CollectorMessage.prototype.ack = null;

            /**
             * CollectorMessage command.
             * @member {vigil.v1.SignedCommand.$Properties|null|undefined} command
             * @memberof vigil.v1.CollectorMessage
             * @instance
             */
            CollectorMessage.prototype.command = null;

            /**
             * CollectorMessage config.
             * @member {vigil.v1.AgentConfig.$Properties|null|undefined} config
             * @memberof vigil.v1.CollectorMessage
             * @instance
             */
            CollectorMessage.prototype.config = null;

            /**
             * CollectorMessage refusal.
             * @member {vigil.v1.Refusal.$Properties|null|undefined} refusal
             * @memberof vigil.v1.CollectorMessage
             * @instance
             */
            CollectorMessage.prototype.refusal = null;

            /**
             * CollectorMessage signedConfig.
             * @member {vigil.v1.SignedConfig.$Properties|null|undefined} signedConfig
             * @memberof vigil.v1.CollectorMessage
             * @instance
             */
            CollectorMessage.prototype.signedConfig = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * CollectorMessage body.
             * @member {"challenge"|"welcome"|"ack"|"command"|"config"|"refusal"|"signedConfig"|undefined} body
             * @memberof vigil.v1.CollectorMessage
             * @instance
             */
            $Object.defineProperty(CollectorMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["challenge", "welcome", "ack", "command", "config", "refusal", "signedConfig"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new CollectorMessage instance using the specified properties.
             * @function create
             * @memberof vigil.v1.CollectorMessage
             * @static
             * @param {vigil.v1.CollectorMessage.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.CollectorMessage} CollectorMessage instance
             * @type {{
             *   (properties: vigil.v1.CollectorMessage.$Shape): vigil.v1.CollectorMessage & vigil.v1.CollectorMessage.$Shape;
             *   (properties?: vigil.v1.CollectorMessage.$Properties): vigil.v1.CollectorMessage;
             * }}
             */
            CollectorMessage.create = function(properties) {
                return new CollectorMessage(properties);
            };

            /**
             * Encodes the specified CollectorMessage message. Does not implicitly {@link vigil.v1.CollectorMessage.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.CollectorMessage
             * @static
             * @param {vigil.v1.CollectorMessage.$Properties} message CollectorMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CollectorMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge"))
                    $root.vigil.v1.Challenge.encode(message.challenge, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.vigil.v1.Welcome.encode(message.welcome, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.vigil.v1.Ack.encode(message.ack, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.vigil.v1.SignedCommand.encode(message.command, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.vigil.v1.AgentConfig.encode(message.config, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal"))
                    $root.vigil.v1.Refusal.encode(message.refusal, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.signedConfig != null && $Object.hasOwnProperty.call(message, "signedConfig"))
                    $root.vigil.v1.SignedConfig.encode(message.signedConfig, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CollectorMessage message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.CollectorMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.CollectorMessage & vigil.v1.CollectorMessage.$Shape} CollectorMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CollectorMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.CollectorMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.challenge = $root.vigil.v1.Challenge.decode(reader, reader.size(), $undefined, _depth + 1, message.challenge);
                            message.body = "challenge";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.vigil.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.body = "welcome";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.vigil.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.body = "ack";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.vigil.v1.SignedCommand.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            message.body = "command";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.vigil.v1.AgentConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            message.body = "config";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.refusal = $root.vigil.v1.Refusal.decode(reader, reader.size(), $undefined, _depth + 1, message.refusal);
                            message.body = "refusal";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.signedConfig = $root.vigil.v1.SignedConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.signedConfig);
                            message.body = "signedConfig";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CollectorMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.CollectorMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.CollectorMessage} CollectorMessage
             */
            CollectorMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.CollectorMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.CollectorMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.CollectorMessage();
                if (object.challenge != null) {
                    if (!$util.isObject(object.challenge))
                        throw $TypeError(".vigil.v1.CollectorMessage.challenge: object expected");
                    message.challenge = $root.vigil.v1.Challenge.fromObject(object.challenge, _depth + 1);
                }
                if (object.welcome != null) {
                    if (!$util.isObject(object.welcome))
                        throw $TypeError(".vigil.v1.CollectorMessage.welcome: object expected");
                    message.welcome = $root.vigil.v1.Welcome.fromObject(object.welcome, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".vigil.v1.CollectorMessage.ack: object expected");
                    message.ack = $root.vigil.v1.Ack.fromObject(object.ack, _depth + 1);
                }
                if (object.command != null) {
                    if (!$util.isObject(object.command))
                        throw $TypeError(".vigil.v1.CollectorMessage.command: object expected");
                    message.command = $root.vigil.v1.SignedCommand.fromObject(object.command, _depth + 1);
                }
                if (object.config != null) {
                    if (!$util.isObject(object.config))
                        throw $TypeError(".vigil.v1.CollectorMessage.config: object expected");
                    message.config = $root.vigil.v1.AgentConfig.fromObject(object.config, _depth + 1);
                }
                if (object.refusal != null) {
                    if (!$util.isObject(object.refusal))
                        throw $TypeError(".vigil.v1.CollectorMessage.refusal: object expected");
                    message.refusal = $root.vigil.v1.Refusal.fromObject(object.refusal, _depth + 1);
                }
                if (object.signedConfig != null) {
                    if (!$util.isObject(object.signedConfig))
                        throw $TypeError(".vigil.v1.CollectorMessage.signedConfig: object expected");
                    message.signedConfig = $root.vigil.v1.SignedConfig.fromObject(object.signedConfig, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CollectorMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.CollectorMessage
             * @static
             * @param {vigil.v1.CollectorMessage} message CollectorMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CollectorMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge")) {
                    object.challenge = $root.vigil.v1.Challenge.toObject(message.challenge, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "challenge";
                }
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                    object.welcome = $root.vigil.v1.Welcome.toObject(message.welcome, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "welcome";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.vigil.v1.Ack.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ack";
                }
                if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                    object.command = $root.vigil.v1.SignedCommand.toObject(message.command, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "command";
                }
                if (message.config != null && $Object.hasOwnProperty.call(message, "config")) {
                    object.config = $root.vigil.v1.AgentConfig.toObject(message.config, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "config";
                }
                if (message.refusal != null && $Object.hasOwnProperty.call(message, "refusal")) {
                    object.refusal = $root.vigil.v1.Refusal.toObject(message.refusal, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "refusal";
                }
                if (message.signedConfig != null && $Object.hasOwnProperty.call(message, "signedConfig")) {
                    object.signedConfig = $root.vigil.v1.SignedConfig.toObject(message.signedConfig, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "signedConfig";
                }
                return object;
            };

            /**
             * Converts this CollectorMessage to JSON.
             * @function toJSON
             * @memberof vigil.v1.CollectorMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CollectorMessage.prototype.toJSON = function() {
                return CollectorMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CollectorMessage
             * @function getTypeUrl
             * @memberof vigil.v1.CollectorMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CollectorMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.CollectorMessage";
            };

            return CollectorMessage;
        })();

        v1.Challenge = (function() {

            /**
             * Properties of a Challenge.
             * @typedef {Object} vigil.v1.Challenge.$Properties
             * @property {Uint8Array|null} [nonce] Challenge nonce
             * @property {number|Long|null} [collectorTimeMs] Challenge collectorTimeMs
             * @property {string|null} [collectorVersion] Challenge collectorVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Challenge.
             * @memberof vigil.v1
             * @interface IChallenge
             * @augments vigil.v1.Challenge.$Properties
             * @deprecated Use vigil.v1.Challenge.$Properties instead.
             */

            /**
             * Shape of a Challenge.
             * @typedef {vigil.v1.Challenge.$Properties} vigil.v1.Challenge.$Shape
             */

            /**
             * Constructs a new Challenge.
             * @memberof vigil.v1
             * @classdesc Represents a Challenge.
             * @constructor
             * @param {vigil.v1.Challenge.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Challenge = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Challenge nonce.
             * @member {Uint8Array} nonce
             * @memberof vigil.v1.Challenge
             * @instance
             */
            Challenge.prototype.nonce = $util.newBuffer([]);

            /**
             * Challenge collectorTimeMs.
             * @member {number|Long} collectorTimeMs
             * @memberof vigil.v1.Challenge
             * @instance
             */
            Challenge.prototype.collectorTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Challenge collectorVersion.
             * @member {string} collectorVersion
             * @memberof vigil.v1.Challenge
             * @instance
             */
            Challenge.prototype.collectorVersion = "";

            /**
             * Creates a new Challenge instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Challenge
             * @static
             * @param {vigil.v1.Challenge.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Challenge} Challenge instance
             * @type {{
             *   (properties: vigil.v1.Challenge.$Shape): vigil.v1.Challenge & vigil.v1.Challenge.$Shape;
             *   (properties?: vigil.v1.Challenge.$Properties): vigil.v1.Challenge;
             * }}
             */
            Challenge.create = function(properties) {
                return new Challenge(properties);
            };

            /**
             * Encodes the specified Challenge message. Does not implicitly {@link vigil.v1.Challenge.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Challenge
             * @static
             * @param {vigil.v1.Challenge.$Properties} message Challenge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Challenge.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nonce);
                if (message.collectorTimeMs != null && $Object.hasOwnProperty.call(message, "collectorTimeMs") && (typeof message.collectorTimeMs === "object" ? message.collectorTimeMs.low || message.collectorTimeMs.high : message.collectorTimeMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.collectorTimeMs);
                if (message.collectorVersion != null && $Object.hasOwnProperty.call(message, "collectorVersion") && message.collectorVersion !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.collectorVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Challenge message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Challenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Challenge & vigil.v1.Challenge.$Shape} Challenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Challenge.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.Challenge();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.collectorTimeMs = value;
                            else
                                delete message.collectorTimeMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.collectorVersion = value;
                            else
                                delete message.collectorVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Challenge message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Challenge
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Challenge} Challenge
             */
            Challenge.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Challenge)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Challenge: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Challenge();
                if (object.nonce != null)
                    if (object.nonce.length)
                        if (typeof object.nonce === "string")
                            $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                        else if (object.nonce.length >= 0)
                            message.nonce = object.nonce;
                if (object.collectorTimeMs != null)
                    if (typeof object.collectorTimeMs === "object" ? object.collectorTimeMs.low || object.collectorTimeMs.high : $Number(object.collectorTimeMs) !== 0)
                        if ($util.Long)
                            message.collectorTimeMs = $util.Long.fromValue(object.collectorTimeMs, true);
                        else if (typeof object.collectorTimeMs === "string")
                            message.collectorTimeMs = $parseInt(object.collectorTimeMs, 10);
                        else if (typeof object.collectorTimeMs === "number")
                            message.collectorTimeMs = object.collectorTimeMs;
                        else if (typeof object.collectorTimeMs === "object")
                            message.collectorTimeMs = new $util.LongBits(object.collectorTimeMs.low >>> 0, object.collectorTimeMs.high >>> 0).toNumber(true);
                if (object.collectorVersion != null)
                    if (typeof object.collectorVersion !== "string" || object.collectorVersion.length)
                        message.collectorVersion = $String(object.collectorVersion);
                return message;
            };

            /**
             * Creates a plain object from a Challenge message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Challenge
             * @static
             * @param {vigil.v1.Challenge} message Challenge
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Challenge.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.nonce = "";
                    else {
                        object.nonce = [];
                        if (options.bytes !== $Array)
                            object.nonce = $util.newBuffer(object.nonce);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.collectorTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.collectorTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.collectorVersion = "";
                }
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                if (message.collectorTimeMs != null && $Object.hasOwnProperty.call(message, "collectorTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.collectorTimeMs = typeof message.collectorTimeMs === "number" ? $BigInt(message.collectorTimeMs) : $util.Long.fromBits(message.collectorTimeMs.low >>> 0, message.collectorTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.collectorTimeMs === "number")
                        object.collectorTimeMs = options.longs === $String ? $String(message.collectorTimeMs) : message.collectorTimeMs;
                    else
                        object.collectorTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.collectorTimeMs) : options.longs === $Number ? new $util.LongBits(message.collectorTimeMs.low >>> 0, message.collectorTimeMs.high >>> 0).toNumber(true) : message.collectorTimeMs;
                if (message.collectorVersion != null && $Object.hasOwnProperty.call(message, "collectorVersion"))
                    object.collectorVersion = message.collectorVersion;
                return object;
            };

            /**
             * Converts this Challenge to JSON.
             * @function toJSON
             * @memberof vigil.v1.Challenge
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Challenge.prototype.toJSON = function() {
                return Challenge.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Challenge
             * @function getTypeUrl
             * @memberof vigil.v1.Challenge
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Challenge.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Challenge";
            };

            return Challenge;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} vigil.v1.Hello.$Properties
             * @property {string|null} [agentId] Hello agentId
             * @property {Uint8Array|null} [signature] Hello signature
             * @property {string|null} [agentVersion] Hello agentVersion
             * @property {number|Long|null} [lastSeq] Hello lastSeq
             * @property {number|Long|null} [bootTimeMs] Hello bootTimeMs
             * @property {Uint8Array|null} [agentNonce] Hello agentNonce
             * @property {string|null} [commandKeyId] Hello commandKeyId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof vigil.v1
             * @interface IHello
             * @augments vigil.v1.Hello.$Properties
             * @deprecated Use vigil.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {vigil.v1.Hello.$Properties} vigil.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof vigil.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {vigil.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello agentId.
             * @member {string} agentId
             * @memberof vigil.v1.Hello
             * @instance
             */
            Hello.prototype.agentId = "";

            /**
             * Hello signature.
             * @member {Uint8Array} signature
             * @memberof vigil.v1.Hello
             * @instance
             */
            Hello.prototype.signature = $util.newBuffer([]);

            /**
             * Hello agentVersion.
             * @member {string} agentVersion
             * @memberof vigil.v1.Hello
             * @instance
             */
            Hello.prototype.agentVersion = "";

            /**
             * Hello lastSeq.
             * @member {number|Long} lastSeq
             * @memberof vigil.v1.Hello
             * @instance
             */
            Hello.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Hello bootTimeMs.
             * @member {number|Long} bootTimeMs
             * @memberof vigil.v1.Hello
             * @instance
             */
            Hello.prototype.bootTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Hello agentNonce.
             * @member {Uint8Array} agentNonce
             * @memberof vigil.v1.Hello
             * @instance
             */
            Hello.prototype.agentNonce = $util.newBuffer([]);

            /**
             * Hello commandKeyId.
             * @member {string} commandKeyId
             * @memberof vigil.v1.Hello
             * @instance
             */
            Hello.prototype.commandKeyId = "";

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Hello
             * @static
             * @param {vigil.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Hello} Hello instance
             * @type {{
             *   (properties: vigil.v1.Hello.$Shape): vigil.v1.Hello & vigil.v1.Hello.$Shape;
             *   (properties?: vigil.v1.Hello.$Properties): vigil.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link vigil.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Hello
             * @static
             * @param {vigil.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.agentId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.agentVersion);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lastSeq);
                if (message.bootTimeMs != null && $Object.hasOwnProperty.call(message, "bootTimeMs") && (typeof message.bootTimeMs === "object" ? message.bootTimeMs.low || message.bootTimeMs.high : message.bootTimeMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.bootTimeMs);
                if (message.agentNonce != null && $Object.hasOwnProperty.call(message, "agentNonce") && message.agentNonce.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.agentNonce);
                if (message.commandKeyId != null && $Object.hasOwnProperty.call(message, "commandKeyId") && message.commandKeyId !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.commandKeyId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Hello & vigil.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentVersion = value;
                            else
                                delete message.agentVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bootTimeMs = value;
                            else
                                delete message.bootTimeMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.agentNonce = value;
                            else
                                delete message.agentNonce;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandKeyId = value;
                            else
                                delete message.commandKeyId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Hello} Hello
             */
            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Hello();
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.agentVersion != null)
                    if (typeof object.agentVersion !== "string" || object.agentVersion.length)
                        message.agentVersion = $String(object.agentVersion);
                if (object.lastSeq != null)
                    if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = $parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                if (object.bootTimeMs != null)
                    if (typeof object.bootTimeMs === "object" ? object.bootTimeMs.low || object.bootTimeMs.high : $Number(object.bootTimeMs) !== 0)
                        if ($util.Long)
                            message.bootTimeMs = $util.Long.fromValue(object.bootTimeMs, true);
                        else if (typeof object.bootTimeMs === "string")
                            message.bootTimeMs = $parseInt(object.bootTimeMs, 10);
                        else if (typeof object.bootTimeMs === "number")
                            message.bootTimeMs = object.bootTimeMs;
                        else if (typeof object.bootTimeMs === "object")
                            message.bootTimeMs = new $util.LongBits(object.bootTimeMs.low >>> 0, object.bootTimeMs.high >>> 0).toNumber(true);
                if (object.agentNonce != null)
                    if (object.agentNonce.length)
                        if (typeof object.agentNonce === "string")
                            $util.base64.decode(object.agentNonce, message.agentNonce = $util.newBuffer($util.base64.length(object.agentNonce)), 0);
                        else if (object.agentNonce.length >= 0)
                            message.agentNonce = object.agentNonce;
                if (object.commandKeyId != null)
                    if (typeof object.commandKeyId !== "string" || object.commandKeyId.length)
                        message.commandKeyId = $String(object.commandKeyId);
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Hello
             * @static
             * @param {vigil.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.agentId = "";
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.agentVersion = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bootTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bootTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.agentNonce = "";
                    else {
                        object.agentNonce = [];
                        if (options.bytes !== $Array)
                            object.agentNonce = $util.newBuffer(object.agentNonce);
                    }
                    object.commandKeyId = "";
                }
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                    object.agentVersion = message.agentVersion;
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                if (message.bootTimeMs != null && $Object.hasOwnProperty.call(message, "bootTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bootTimeMs = typeof message.bootTimeMs === "number" ? $BigInt(message.bootTimeMs) : $util.Long.fromBits(message.bootTimeMs.low >>> 0, message.bootTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.bootTimeMs === "number")
                        object.bootTimeMs = options.longs === $String ? $String(message.bootTimeMs) : message.bootTimeMs;
                    else
                        object.bootTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.bootTimeMs) : options.longs === $Number ? new $util.LongBits(message.bootTimeMs.low >>> 0, message.bootTimeMs.high >>> 0).toNumber(true) : message.bootTimeMs;
                if (message.agentNonce != null && $Object.hasOwnProperty.call(message, "agentNonce"))
                    object.agentNonce = options.bytes === $String ? $util.base64.encode(message.agentNonce, 0, message.agentNonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.agentNonce) : message.agentNonce;
                if (message.commandKeyId != null && $Object.hasOwnProperty.call(message, "commandKeyId"))
                    object.commandKeyId = message.commandKeyId;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof vigil.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof vigil.v1.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Hello";
            };

            return Hello;
        })();

        v1.EnrollRequest = (function() {

            /**
             * Properties of an EnrollRequest.
             * @typedef {Object} vigil.v1.EnrollRequest.$Properties
             * @property {string|null} [token] EnrollRequest token
             * @property {Uint8Array|null} [publicKey] EnrollRequest publicKey
             * @property {Uint8Array|null} [signature] EnrollRequest signature
             * @property {vigil.v1.HostInventory.$Properties|null} [inventory] EnrollRequest inventory
             * @property {string|null} [agentVersion] EnrollRequest agentVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EnrollRequest.
             * @memberof vigil.v1
             * @interface IEnrollRequest
             * @augments vigil.v1.EnrollRequest.$Properties
             * @deprecated Use vigil.v1.EnrollRequest.$Properties instead.
             */

            /**
             * Shape of an EnrollRequest.
             * @typedef {vigil.v1.EnrollRequest.$Properties} vigil.v1.EnrollRequest.$Shape
             */

            /**
             * Constructs a new EnrollRequest.
             * @memberof vigil.v1
             * @classdesc Represents an EnrollRequest.
             * @constructor
             * @param {vigil.v1.EnrollRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EnrollRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EnrollRequest token.
             * @member {string} token
             * @memberof vigil.v1.EnrollRequest
             * @instance
             */
            EnrollRequest.prototype.token = "";

            /**
             * EnrollRequest publicKey.
             * @member {Uint8Array} publicKey
             * @memberof vigil.v1.EnrollRequest
             * @instance
             */
            EnrollRequest.prototype.publicKey = $util.newBuffer([]);

            /**
             * EnrollRequest signature.
             * @member {Uint8Array} signature
             * @memberof vigil.v1.EnrollRequest
             * @instance
             */
            EnrollRequest.prototype.signature = $util.newBuffer([]);

            /**
             * EnrollRequest inventory.
             * @member {vigil.v1.HostInventory.$Properties|null|undefined} inventory
             * @memberof vigil.v1.EnrollRequest
             * @instance
             */
            EnrollRequest.prototype.inventory = null;

            /**
             * EnrollRequest agentVersion.
             * @member {string} agentVersion
             * @memberof vigil.v1.EnrollRequest
             * @instance
             */
            EnrollRequest.prototype.agentVersion = "";

            /**
             * Creates a new EnrollRequest instance using the specified properties.
             * @function create
             * @memberof vigil.v1.EnrollRequest
             * @static
             * @param {vigil.v1.EnrollRequest.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.EnrollRequest} EnrollRequest instance
             * @type {{
             *   (properties: vigil.v1.EnrollRequest.$Shape): vigil.v1.EnrollRequest & vigil.v1.EnrollRequest.$Shape;
             *   (properties?: vigil.v1.EnrollRequest.$Properties): vigil.v1.EnrollRequest;
             * }}
             */
            EnrollRequest.create = function(properties) {
                return new EnrollRequest(properties);
            };

            /**
             * Encodes the specified EnrollRequest message. Does not implicitly {@link vigil.v1.EnrollRequest.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.EnrollRequest
             * @static
             * @param {vigil.v1.EnrollRequest.$Properties} message EnrollRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnrollRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.publicKey);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
                if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory"))
                    $root.vigil.v1.HostInventory.encode(message.inventory, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.agentVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EnrollRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.EnrollRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.EnrollRequest & vigil.v1.EnrollRequest.$Shape} EnrollRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnrollRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.EnrollRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.publicKey = value;
                            else
                                delete message.publicKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.inventory = $root.vigil.v1.HostInventory.decode(reader, reader.size(), $undefined, _depth + 1, message.inventory);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentVersion = value;
                            else
                                delete message.agentVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an EnrollRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.EnrollRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.EnrollRequest} EnrollRequest
             */
            EnrollRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.EnrollRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.EnrollRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.EnrollRequest();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.publicKey != null)
                    if (object.publicKey.length)
                        if (typeof object.publicKey === "string")
                            $util.base64.decode(object.publicKey, message.publicKey = $util.newBuffer($util.base64.length(object.publicKey)), 0);
                        else if (object.publicKey.length >= 0)
                            message.publicKey = object.publicKey;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.inventory != null) {
                    if (!$util.isObject(object.inventory))
                        throw $TypeError(".vigil.v1.EnrollRequest.inventory: object expected");
                    message.inventory = $root.vigil.v1.HostInventory.fromObject(object.inventory, _depth + 1);
                }
                if (object.agentVersion != null)
                    if (typeof object.agentVersion !== "string" || object.agentVersion.length)
                        message.agentVersion = $String(object.agentVersion);
                return message;
            };

            /**
             * Creates a plain object from an EnrollRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.EnrollRequest
             * @static
             * @param {vigil.v1.EnrollRequest} message EnrollRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnrollRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.token = "";
                    if (options.bytes === $String)
                        object.publicKey = "";
                    else {
                        object.publicKey = [];
                        if (options.bytes !== $Array)
                            object.publicKey = $util.newBuffer(object.publicKey);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.inventory = null;
                    object.agentVersion = "";
                }
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey"))
                    object.publicKey = options.bytes === $String ? $util.base64.encode(message.publicKey, 0, message.publicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.publicKey) : message.publicKey;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory"))
                    object.inventory = $root.vigil.v1.HostInventory.toObject(message.inventory, options, _depth + 1);
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                    object.agentVersion = message.agentVersion;
                return object;
            };

            /**
             * Converts this EnrollRequest to JSON.
             * @function toJSON
             * @memberof vigil.v1.EnrollRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnrollRequest.prototype.toJSON = function() {
                return EnrollRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EnrollRequest
             * @function getTypeUrl
             * @memberof vigil.v1.EnrollRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EnrollRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.EnrollRequest";
            };

            return EnrollRequest;
        })();

        v1.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @typedef {Object} vigil.v1.Welcome.$Properties
             * @property {string|null} [agentId] Welcome agentId
             * @property {Uint8Array|null} [commandPublicKey] Welcome commandPublicKey
             * @property {number|Long|null} [ackedSeq] Welcome ackedSeq
             * @property {vigil.v1.AgentConfig.$Properties|null} [config] Welcome config
             * @property {number|Long|null} [collectorTimeMs] Welcome collectorTimeMs
             * @property {Uint8Array|null} [collectorSignature] Welcome collectorSignature
             * @property {vigil.v1.SignedConfig.$Properties|null} [signedConfig] Welcome signedConfig
             * @property {number|null} [windowEvents] Welcome windowEvents
             * @property {Array.<vigil.v1.KeyRotation.$Properties>|null} [keyRotations] Welcome keyRotations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Welcome.
             * @memberof vigil.v1
             * @interface IWelcome
             * @augments vigil.v1.Welcome.$Properties
             * @deprecated Use vigil.v1.Welcome.$Properties instead.
             */

            /**
             * Shape of a Welcome.
             * @typedef {vigil.v1.Welcome.$Properties} vigil.v1.Welcome.$Shape
             */

            /**
             * Constructs a new Welcome.
             * @memberof vigil.v1
             * @classdesc Represents a Welcome.
             * @constructor
             * @param {vigil.v1.Welcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Welcome = function (properties) {
                this.keyRotations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Welcome agentId.
             * @member {string} agentId
             * @memberof vigil.v1.Welcome
             * @instance
             */
            Welcome.prototype.agentId = "";

            /**
             * Welcome commandPublicKey.
             * @member {Uint8Array} commandPublicKey
             * @memberof vigil.v1.Welcome
             * @instance
             */
            Welcome.prototype.commandPublicKey = $util.newBuffer([]);

            /**
             * Welcome ackedSeq.
             * @member {number|Long} ackedSeq
             * @memberof vigil.v1.Welcome
             * @instance
             */
            Welcome.prototype.ackedSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Welcome config.
             * @member {vigil.v1.AgentConfig.$Properties|null|undefined} config
             * @memberof vigil.v1.Welcome
             * @instance
             */
            Welcome.prototype.config = null;

            /**
             * Welcome collectorTimeMs.
             * @member {number|Long} collectorTimeMs
             * @memberof vigil.v1.Welcome
             * @instance
             */
            Welcome.prototype.collectorTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Welcome collectorSignature.
             * @member {Uint8Array} collectorSignature
             * @memberof vigil.v1.Welcome
             * @instance
             */
            Welcome.prototype.collectorSignature = $util.newBuffer([]);

            /**
             * Welcome signedConfig.
             * @member {vigil.v1.SignedConfig.$Properties|null|undefined} signedConfig
             * @memberof vigil.v1.Welcome
             * @instance
             */
            Welcome.prototype.signedConfig = null;

            /**
             * Welcome windowEvents.
             * @member {number} windowEvents
             * @memberof vigil.v1.Welcome
             * @instance
             */
            Welcome.prototype.windowEvents = 0;

            /**
             * Welcome keyRotations.
             * @member {Array.<vigil.v1.KeyRotation.$Properties>} keyRotations
             * @memberof vigil.v1.Welcome
             * @instance
             */
            Welcome.prototype.keyRotations = $util.emptyArray;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Welcome
             * @static
             * @param {vigil.v1.Welcome.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Welcome} Welcome instance
             * @type {{
             *   (properties: vigil.v1.Welcome.$Shape): vigil.v1.Welcome & vigil.v1.Welcome.$Shape;
             *   (properties?: vigil.v1.Welcome.$Properties): vigil.v1.Welcome;
             * }}
             */
            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link vigil.v1.Welcome.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Welcome
             * @static
             * @param {vigil.v1.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.agentId);
                if (message.commandPublicKey != null && $Object.hasOwnProperty.call(message, "commandPublicKey") && message.commandPublicKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.commandPublicKey);
                if (message.ackedSeq != null && $Object.hasOwnProperty.call(message, "ackedSeq") && (typeof message.ackedSeq === "object" ? message.ackedSeq.low || message.ackedSeq.high : message.ackedSeq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.ackedSeq);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.vigil.v1.AgentConfig.encode(message.config, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.collectorTimeMs != null && $Object.hasOwnProperty.call(message, "collectorTimeMs") && (typeof message.collectorTimeMs === "object" ? message.collectorTimeMs.low || message.collectorTimeMs.high : message.collectorTimeMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.collectorTimeMs);
                if (message.collectorSignature != null && $Object.hasOwnProperty.call(message, "collectorSignature") && message.collectorSignature.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.collectorSignature);
                if (message.signedConfig != null && $Object.hasOwnProperty.call(message, "signedConfig"))
                    $root.vigil.v1.SignedConfig.encode(message.signedConfig, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.windowEvents != null && $Object.hasOwnProperty.call(message, "windowEvents") && message.windowEvents !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.windowEvents);
                if (message.keyRotations != null && message.keyRotations.length)
                    for (let i = 0; i < message.keyRotations.length; ++i)
                        $root.vigil.v1.KeyRotation.encode(message.keyRotations[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Welcome & vigil.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.Welcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.commandPublicKey = value;
                            else
                                delete message.commandPublicKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ackedSeq = value;
                            else
                                delete message.ackedSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.vigil.v1.AgentConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.collectorTimeMs = value;
                            else
                                delete message.collectorTimeMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.collectorSignature = value;
                            else
                                delete message.collectorSignature;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.signedConfig = $root.vigil.v1.SignedConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.signedConfig);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.windowEvents = value;
                            else
                                delete message.windowEvents;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keyRotations && message.keyRotations.length))
                                message.keyRotations = [];
                            message.keyRotations.push($root.vigil.v1.KeyRotation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Welcome
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Welcome} Welcome
             */
            Welcome.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Welcome)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Welcome: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Welcome();
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.commandPublicKey != null)
                    if (object.commandPublicKey.length)
                        if (typeof object.commandPublicKey === "string")
                            $util.base64.decode(object.commandPublicKey, message.commandPublicKey = $util.newBuffer($util.base64.length(object.commandPublicKey)), 0);
                        else if (object.commandPublicKey.length >= 0)
                            message.commandPublicKey = object.commandPublicKey;
                if (object.ackedSeq != null)
                    if (typeof object.ackedSeq === "object" ? object.ackedSeq.low || object.ackedSeq.high : $Number(object.ackedSeq) !== 0)
                        if ($util.Long)
                            message.ackedSeq = $util.Long.fromValue(object.ackedSeq, true);
                        else if (typeof object.ackedSeq === "string")
                            message.ackedSeq = $parseInt(object.ackedSeq, 10);
                        else if (typeof object.ackedSeq === "number")
                            message.ackedSeq = object.ackedSeq;
                        else if (typeof object.ackedSeq === "object")
                            message.ackedSeq = new $util.LongBits(object.ackedSeq.low >>> 0, object.ackedSeq.high >>> 0).toNumber(true);
                if (object.config != null) {
                    if (!$util.isObject(object.config))
                        throw $TypeError(".vigil.v1.Welcome.config: object expected");
                    message.config = $root.vigil.v1.AgentConfig.fromObject(object.config, _depth + 1);
                }
                if (object.collectorTimeMs != null)
                    if (typeof object.collectorTimeMs === "object" ? object.collectorTimeMs.low || object.collectorTimeMs.high : $Number(object.collectorTimeMs) !== 0)
                        if ($util.Long)
                            message.collectorTimeMs = $util.Long.fromValue(object.collectorTimeMs, true);
                        else if (typeof object.collectorTimeMs === "string")
                            message.collectorTimeMs = $parseInt(object.collectorTimeMs, 10);
                        else if (typeof object.collectorTimeMs === "number")
                            message.collectorTimeMs = object.collectorTimeMs;
                        else if (typeof object.collectorTimeMs === "object")
                            message.collectorTimeMs = new $util.LongBits(object.collectorTimeMs.low >>> 0, object.collectorTimeMs.high >>> 0).toNumber(true);
                if (object.collectorSignature != null)
                    if (object.collectorSignature.length)
                        if (typeof object.collectorSignature === "string")
                            $util.base64.decode(object.collectorSignature, message.collectorSignature = $util.newBuffer($util.base64.length(object.collectorSignature)), 0);
                        else if (object.collectorSignature.length >= 0)
                            message.collectorSignature = object.collectorSignature;
                if (object.signedConfig != null) {
                    if (!$util.isObject(object.signedConfig))
                        throw $TypeError(".vigil.v1.Welcome.signedConfig: object expected");
                    message.signedConfig = $root.vigil.v1.SignedConfig.fromObject(object.signedConfig, _depth + 1);
                }
                if (object.windowEvents != null)
                    if ($Number(object.windowEvents) !== 0)
                        message.windowEvents = object.windowEvents >>> 0;
                if (object.keyRotations) {
                    if (!$Array.isArray(object.keyRotations))
                        throw $TypeError(".vigil.v1.Welcome.keyRotations: array expected");
                    message.keyRotations = $Array(object.keyRotations.length);
                    for (let i = 0; i < object.keyRotations.length; ++i) {
                        if (!$util.isObject(object.keyRotations[i]))
                            throw $TypeError(".vigil.v1.Welcome.keyRotations: object expected");
                        message.keyRotations[i] = $root.vigil.v1.KeyRotation.fromObject(object.keyRotations[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Welcome
             * @static
             * @param {vigil.v1.Welcome} message Welcome
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Welcome.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.keyRotations = [];
                if (options.defaults) {
                    object.agentId = "";
                    if (options.bytes === $String)
                        object.commandPublicKey = "";
                    else {
                        object.commandPublicKey = [];
                        if (options.bytes !== $Array)
                            object.commandPublicKey = $util.newBuffer(object.commandPublicKey);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.ackedSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ackedSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.config = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.collectorTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.collectorTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.collectorSignature = "";
                    else {
                        object.collectorSignature = [];
                        if (options.bytes !== $Array)
                            object.collectorSignature = $util.newBuffer(object.collectorSignature);
                    }
                    object.signedConfig = null;
                    object.windowEvents = 0;
                }
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.commandPublicKey != null && $Object.hasOwnProperty.call(message, "commandPublicKey"))
                    object.commandPublicKey = options.bytes === $String ? $util.base64.encode(message.commandPublicKey, 0, message.commandPublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.commandPublicKey) : message.commandPublicKey;
                if (message.ackedSeq != null && $Object.hasOwnProperty.call(message, "ackedSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ackedSeq = typeof message.ackedSeq === "number" ? $BigInt(message.ackedSeq) : $util.Long.fromBits(message.ackedSeq.low >>> 0, message.ackedSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.ackedSeq === "number")
                        object.ackedSeq = options.longs === $String ? $String(message.ackedSeq) : message.ackedSeq;
                    else
                        object.ackedSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.ackedSeq) : options.longs === $Number ? new $util.LongBits(message.ackedSeq.low >>> 0, message.ackedSeq.high >>> 0).toNumber(true) : message.ackedSeq;
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    object.config = $root.vigil.v1.AgentConfig.toObject(message.config, options, _depth + 1);
                if (message.collectorTimeMs != null && $Object.hasOwnProperty.call(message, "collectorTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.collectorTimeMs = typeof message.collectorTimeMs === "number" ? $BigInt(message.collectorTimeMs) : $util.Long.fromBits(message.collectorTimeMs.low >>> 0, message.collectorTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.collectorTimeMs === "number")
                        object.collectorTimeMs = options.longs === $String ? $String(message.collectorTimeMs) : message.collectorTimeMs;
                    else
                        object.collectorTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.collectorTimeMs) : options.longs === $Number ? new $util.LongBits(message.collectorTimeMs.low >>> 0, message.collectorTimeMs.high >>> 0).toNumber(true) : message.collectorTimeMs;
                if (message.collectorSignature != null && $Object.hasOwnProperty.call(message, "collectorSignature"))
                    object.collectorSignature = options.bytes === $String ? $util.base64.encode(message.collectorSignature, 0, message.collectorSignature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.collectorSignature) : message.collectorSignature;
                if (message.signedConfig != null && $Object.hasOwnProperty.call(message, "signedConfig"))
                    object.signedConfig = $root.vigil.v1.SignedConfig.toObject(message.signedConfig, options, _depth + 1);
                if (message.windowEvents != null && $Object.hasOwnProperty.call(message, "windowEvents"))
                    object.windowEvents = message.windowEvents;
                if (message.keyRotations && message.keyRotations.length) {
                    object.keyRotations = $Array(message.keyRotations.length);
                    for (let j = 0; j < message.keyRotations.length; ++j)
                        object.keyRotations[j] = $root.vigil.v1.KeyRotation.toObject(message.keyRotations[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Welcome to JSON.
             * @function toJSON
             * @memberof vigil.v1.Welcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Welcome.prototype.toJSON = function() {
                return Welcome.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Welcome
             * @function getTypeUrl
             * @memberof vigil.v1.Welcome
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Welcome.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Welcome";
            };

            return Welcome;
        })();

        v1.KeyRotation = (function() {

            /**
             * Properties of a KeyRotation.
             * @typedef {Object} vigil.v1.KeyRotation.$Properties
             * @property {Uint8Array|null} [fromKey] KeyRotation fromKey
             * @property {Uint8Array|null} [toKey] KeyRotation toKey
             * @property {number|Long|null} [rotatedAtMs] KeyRotation rotatedAtMs
             * @property {Uint8Array|null} [signature] KeyRotation signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyRotation.
             * @memberof vigil.v1
             * @interface IKeyRotation
             * @augments vigil.v1.KeyRotation.$Properties
             * @deprecated Use vigil.v1.KeyRotation.$Properties instead.
             */

            /**
             * Shape of a KeyRotation.
             * @typedef {vigil.v1.KeyRotation.$Properties} vigil.v1.KeyRotation.$Shape
             */

            /**
             * Constructs a new KeyRotation.
             * @memberof vigil.v1
             * @classdesc Represents a KeyRotation.
             * @constructor
             * @param {vigil.v1.KeyRotation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyRotation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeyRotation fromKey.
             * @member {Uint8Array} fromKey
             * @memberof vigil.v1.KeyRotation
             * @instance
             */
            KeyRotation.prototype.fromKey = $util.newBuffer([]);

            /**
             * KeyRotation toKey.
             * @member {Uint8Array} toKey
             * @memberof vigil.v1.KeyRotation
             * @instance
             */
            KeyRotation.prototype.toKey = $util.newBuffer([]);

            /**
             * KeyRotation rotatedAtMs.
             * @member {number|Long} rotatedAtMs
             * @memberof vigil.v1.KeyRotation
             * @instance
             */
            KeyRotation.prototype.rotatedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * KeyRotation signature.
             * @member {Uint8Array} signature
             * @memberof vigil.v1.KeyRotation
             * @instance
             */
            KeyRotation.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new KeyRotation instance using the specified properties.
             * @function create
             * @memberof vigil.v1.KeyRotation
             * @static
             * @param {vigil.v1.KeyRotation.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.KeyRotation} KeyRotation instance
             * @type {{
             *   (properties: vigil.v1.KeyRotation.$Shape): vigil.v1.KeyRotation & vigil.v1.KeyRotation.$Shape;
             *   (properties?: vigil.v1.KeyRotation.$Properties): vigil.v1.KeyRotation;
             * }}
             */
            KeyRotation.create = function(properties) {
                return new KeyRotation(properties);
            };

            /**
             * Encodes the specified KeyRotation message. Does not implicitly {@link vigil.v1.KeyRotation.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.KeyRotation
             * @static
             * @param {vigil.v1.KeyRotation.$Properties} message KeyRotation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyRotation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fromKey != null && $Object.hasOwnProperty.call(message, "fromKey") && message.fromKey.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.fromKey);
                if (message.toKey != null && $Object.hasOwnProperty.call(message, "toKey") && message.toKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.toKey);
                if (message.rotatedAtMs != null && $Object.hasOwnProperty.call(message, "rotatedAtMs") && (typeof message.rotatedAtMs === "object" ? message.rotatedAtMs.low || message.rotatedAtMs.high : message.rotatedAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.rotatedAtMs);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyRotation message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.KeyRotation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.KeyRotation & vigil.v1.KeyRotation.$Shape} KeyRotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyRotation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.KeyRotation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.fromKey = value;
                            else
                                delete message.fromKey;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.toKey = value;
                            else
                                delete message.toKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rotatedAtMs = value;
                            else
                                delete message.rotatedAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a KeyRotation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.KeyRotation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.KeyRotation} KeyRotation
             */
            KeyRotation.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.KeyRotation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.KeyRotation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.KeyRotation();
                if (object.fromKey != null)
                    if (object.fromKey.length)
                        if (typeof object.fromKey === "string")
                            $util.base64.decode(object.fromKey, message.fromKey = $util.newBuffer($util.base64.length(object.fromKey)), 0);
                        else if (object.fromKey.length >= 0)
                            message.fromKey = object.fromKey;
                if (object.toKey != null)
                    if (object.toKey.length)
                        if (typeof object.toKey === "string")
                            $util.base64.decode(object.toKey, message.toKey = $util.newBuffer($util.base64.length(object.toKey)), 0);
                        else if (object.toKey.length >= 0)
                            message.toKey = object.toKey;
                if (object.rotatedAtMs != null)
                    if (typeof object.rotatedAtMs === "object" ? object.rotatedAtMs.low || object.rotatedAtMs.high : $Number(object.rotatedAtMs) !== 0)
                        if ($util.Long)
                            message.rotatedAtMs = $util.Long.fromValue(object.rotatedAtMs, true);
                        else if (typeof object.rotatedAtMs === "string")
                            message.rotatedAtMs = $parseInt(object.rotatedAtMs, 10);
                        else if (typeof object.rotatedAtMs === "number")
                            message.rotatedAtMs = object.rotatedAtMs;
                        else if (typeof object.rotatedAtMs === "object")
                            message.rotatedAtMs = new $util.LongBits(object.rotatedAtMs.low >>> 0, object.rotatedAtMs.high >>> 0).toNumber(true);
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a KeyRotation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.KeyRotation
             * @static
             * @param {vigil.v1.KeyRotation} message KeyRotation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeyRotation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.fromKey = "";
                    else {
                        object.fromKey = [];
                        if (options.bytes !== $Array)
                            object.fromKey = $util.newBuffer(object.fromKey);
                    }
                    if (options.bytes === $String)
                        object.toKey = "";
                    else {
                        object.toKey = [];
                        if (options.bytes !== $Array)
                            object.toKey = $util.newBuffer(object.toKey);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.rotatedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.rotatedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.fromKey != null && $Object.hasOwnProperty.call(message, "fromKey"))
                    object.fromKey = options.bytes === $String ? $util.base64.encode(message.fromKey, 0, message.fromKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.fromKey) : message.fromKey;
                if (message.toKey != null && $Object.hasOwnProperty.call(message, "toKey"))
                    object.toKey = options.bytes === $String ? $util.base64.encode(message.toKey, 0, message.toKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.toKey) : message.toKey;
                if (message.rotatedAtMs != null && $Object.hasOwnProperty.call(message, "rotatedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.rotatedAtMs = typeof message.rotatedAtMs === "number" ? $BigInt(message.rotatedAtMs) : $util.Long.fromBits(message.rotatedAtMs.low >>> 0, message.rotatedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.rotatedAtMs === "number")
                        object.rotatedAtMs = options.longs === $String ? $String(message.rotatedAtMs) : message.rotatedAtMs;
                    else
                        object.rotatedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.rotatedAtMs) : options.longs === $Number ? new $util.LongBits(message.rotatedAtMs.low >>> 0, message.rotatedAtMs.high >>> 0).toNumber(true) : message.rotatedAtMs;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this KeyRotation to JSON.
             * @function toJSON
             * @memberof vigil.v1.KeyRotation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeyRotation.prototype.toJSON = function() {
                return KeyRotation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KeyRotation
             * @function getTypeUrl
             * @memberof vigil.v1.KeyRotation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyRotation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.KeyRotation";
            };

            return KeyRotation;
        })();

        v1.SignedConfig = (function() {

            /**
             * Properties of a SignedConfig.
             * @typedef {Object} vigil.v1.SignedConfig.$Properties
             * @property {Uint8Array|null} [payload] SignedConfig payload
             * @property {Uint8Array|null} [signature] SignedConfig signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedConfig.
             * @memberof vigil.v1
             * @interface ISignedConfig
             * @augments vigil.v1.SignedConfig.$Properties
             * @deprecated Use vigil.v1.SignedConfig.$Properties instead.
             */

            /**
             * Shape of a SignedConfig.
             * @typedef {vigil.v1.SignedConfig.$Properties} vigil.v1.SignedConfig.$Shape
             */

            /**
             * Constructs a new SignedConfig.
             * @memberof vigil.v1
             * @classdesc Represents a SignedConfig.
             * @constructor
             * @param {vigil.v1.SignedConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedConfig = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedConfig payload.
             * @member {Uint8Array} payload
             * @memberof vigil.v1.SignedConfig
             * @instance
             */
            SignedConfig.prototype.payload = $util.newBuffer([]);

            /**
             * SignedConfig signature.
             * @member {Uint8Array} signature
             * @memberof vigil.v1.SignedConfig
             * @instance
             */
            SignedConfig.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedConfig instance using the specified properties.
             * @function create
             * @memberof vigil.v1.SignedConfig
             * @static
             * @param {vigil.v1.SignedConfig.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.SignedConfig} SignedConfig instance
             * @type {{
             *   (properties: vigil.v1.SignedConfig.$Shape): vigil.v1.SignedConfig & vigil.v1.SignedConfig.$Shape;
             *   (properties?: vigil.v1.SignedConfig.$Properties): vigil.v1.SignedConfig;
             * }}
             */
            SignedConfig.create = function(properties) {
                return new SignedConfig(properties);
            };

            /**
             * Encodes the specified SignedConfig message. Does not implicitly {@link vigil.v1.SignedConfig.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.SignedConfig
             * @static
             * @param {vigil.v1.SignedConfig.$Properties} message SignedConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedConfig message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.SignedConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.SignedConfig & vigil.v1.SignedConfig.$Shape} SignedConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.SignedConfig();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SignedConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.SignedConfig
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.SignedConfig} SignedConfig
             */
            SignedConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.SignedConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.SignedConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.SignedConfig();
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a SignedConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.SignedConfig
             * @static
             * @param {vigil.v1.SignedConfig} message SignedConfig
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedConfig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this SignedConfig to JSON.
             * @function toJSON
             * @memberof vigil.v1.SignedConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedConfig.prototype.toJSON = function() {
                return SignedConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SignedConfig
             * @function getTypeUrl
             * @memberof vigil.v1.SignedConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.SignedConfig";
            };

            return SignedConfig;
        })();

        v1.Refusal = (function() {

            /**
             * Properties of a Refusal.
             * @typedef {Object} vigil.v1.Refusal.$Properties
             * @property {string|null} [code] Refusal code
             * @property {string|null} [message] Refusal message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Refusal.
             * @memberof vigil.v1
             * @interface IRefusal
             * @augments vigil.v1.Refusal.$Properties
             * @deprecated Use vigil.v1.Refusal.$Properties instead.
             */

            /**
             * Shape of a Refusal.
             * @typedef {vigil.v1.Refusal.$Properties} vigil.v1.Refusal.$Shape
             */

            /**
             * Constructs a new Refusal.
             * @memberof vigil.v1
             * @classdesc Represents a Refusal.
             * @constructor
             * @param {vigil.v1.Refusal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Refusal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Refusal code.
             * @member {string} code
             * @memberof vigil.v1.Refusal
             * @instance
             */
            Refusal.prototype.code = "";

            /**
             * Refusal message.
             * @member {string} message
             * @memberof vigil.v1.Refusal
             * @instance
             */
            Refusal.prototype.message = "";

            /**
             * Creates a new Refusal instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Refusal
             * @static
             * @param {vigil.v1.Refusal.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Refusal} Refusal instance
             * @type {{
             *   (properties: vigil.v1.Refusal.$Shape): vigil.v1.Refusal & vigil.v1.Refusal.$Shape;
             *   (properties?: vigil.v1.Refusal.$Properties): vigil.v1.Refusal;
             * }}
             */
            Refusal.create = function(properties) {
                return new Refusal(properties);
            };

            /**
             * Encodes the specified Refusal message. Does not implicitly {@link vigil.v1.Refusal.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Refusal
             * @static
             * @param {vigil.v1.Refusal.$Properties} message Refusal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Refusal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Refusal message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Refusal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Refusal & vigil.v1.Refusal.$Shape} Refusal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Refusal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.Refusal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Refusal message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Refusal
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Refusal} Refusal
             */
            Refusal.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Refusal)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Refusal: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Refusal();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a Refusal message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Refusal
             * @static
             * @param {vigil.v1.Refusal} message Refusal
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Refusal.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this Refusal to JSON.
             * @function toJSON
             * @memberof vigil.v1.Refusal
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Refusal.prototype.toJSON = function() {
                return Refusal.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Refusal
             * @function getTypeUrl
             * @memberof vigil.v1.Refusal
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Refusal.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Refusal";
            };

            return Refusal;
        })();

        v1.EventBatch = (function() {

            /**
             * Properties of an EventBatch.
             * @typedef {Object} vigil.v1.EventBatch.$Properties
             * @property {Array.<vigil.v1.Event.$Properties>|null} [events] EventBatch events
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EventBatch.
             * @memberof vigil.v1
             * @interface IEventBatch
             * @augments vigil.v1.EventBatch.$Properties
             * @deprecated Use vigil.v1.EventBatch.$Properties instead.
             */

            /**
             * Shape of an EventBatch.
             * @typedef {{
             *   events?: Array.<vigil.v1.Event.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} vigil.v1.EventBatch.$Shape
             */

            /**
             * Constructs a new EventBatch.
             * @memberof vigil.v1
             * @classdesc Represents an EventBatch.
             * @constructor
             * @param {vigil.v1.EventBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EventBatch = function (properties) {
                this.events = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EventBatch events.
             * @member {Array.<vigil.v1.Event.$Properties>} events
             * @memberof vigil.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.events = $util.emptyArray;

            /**
             * Creates a new EventBatch instance using the specified properties.
             * @function create
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {vigil.v1.EventBatch.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.EventBatch} EventBatch instance
             * @type {{
             *   (properties: vigil.v1.EventBatch.$Shape): vigil.v1.EventBatch & vigil.v1.EventBatch.$Shape;
             *   (properties?: vigil.v1.EventBatch.$Properties): vigil.v1.EventBatch;
             * }}
             */
            EventBatch.create = function(properties) {
                return new EventBatch(properties);
            };

            /**
             * Encodes the specified EventBatch message. Does not implicitly {@link vigil.v1.EventBatch.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {vigil.v1.EventBatch.$Properties} message EventBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.vigil.v1.Event.encode(message.events[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EventBatch message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.EventBatch & vigil.v1.EventBatch.$Shape} EventBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.EventBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.vigil.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an EventBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.EventBatch} EventBatch
             */
            EventBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.EventBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.EventBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.EventBatch();
                if (object.events) {
                    if (!$Array.isArray(object.events))
                        throw $TypeError(".vigil.v1.EventBatch.events: array expected");
                    message.events = $Array(object.events.length);
                    for (let i = 0; i < object.events.length; ++i) {
                        if (!$util.isObject(object.events[i]))
                            throw $TypeError(".vigil.v1.EventBatch.events: object expected");
                        message.events[i] = $root.vigil.v1.Event.fromObject(object.events[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an EventBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {vigil.v1.EventBatch} message EventBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EventBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.events = [];
                if (message.events && message.events.length) {
                    object.events = $Array(message.events.length);
                    for (let j = 0; j < message.events.length; ++j)
                        object.events[j] = $root.vigil.v1.Event.toObject(message.events[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this EventBatch to JSON.
             * @function toJSON
             * @memberof vigil.v1.EventBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EventBatch.prototype.toJSON = function() {
                return EventBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EventBatch
             * @function getTypeUrl
             * @memberof vigil.v1.EventBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EventBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.EventBatch";
            };

            return EventBatch;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} vigil.v1.Ack.$Properties
             * @property {number|Long|null} [seq] Ack seq
             * @property {number|null} [windowEvents] Ack windowEvents
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof vigil.v1
             * @interface IAck
             * @augments vigil.v1.Ack.$Properties
             * @deprecated Use vigil.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {vigil.v1.Ack.$Properties} vigil.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof vigil.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {vigil.v1.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack seq.
             * @member {number|Long} seq
             * @memberof vigil.v1.Ack
             * @instance
             */
            Ack.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ack windowEvents.
             * @member {number} windowEvents
             * @memberof vigil.v1.Ack
             * @instance
             */
            Ack.prototype.windowEvents = 0;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Ack
             * @static
             * @param {vigil.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Ack} Ack instance
             * @type {{
             *   (properties: vigil.v1.Ack.$Shape): vigil.v1.Ack & vigil.v1.Ack.$Shape;
             *   (properties?: vigil.v1.Ack.$Properties): vigil.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link vigil.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Ack
             * @static
             * @param {vigil.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.windowEvents != null && $Object.hasOwnProperty.call(message, "windowEvents") && message.windowEvents !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.windowEvents);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Ack & vigil.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.windowEvents = value;
                            else
                                delete message.windowEvents;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Ack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Ack} Ack
             */
            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Ack();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.windowEvents != null)
                    if ($Number(object.windowEvents) !== 0)
                        message.windowEvents = object.windowEvents >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Ack
             * @static
             * @param {vigil.v1.Ack} message Ack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.windowEvents = 0;
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.windowEvents != null && $Object.hasOwnProperty.call(message, "windowEvents"))
                    object.windowEvents = message.windowEvents;
                return object;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof vigil.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof vigil.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Ack";
            };

            return Ack;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} vigil.v1.Heartbeat.$Properties
             * @property {number|Long|null} [lastSeq] Heartbeat lastSeq
             * @property {number|Long|null} [agentTimeMs] Heartbeat agentTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof vigil.v1
             * @interface IHeartbeat
             * @augments vigil.v1.Heartbeat.$Properties
             * @deprecated Use vigil.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {vigil.v1.Heartbeat.$Properties} vigil.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof vigil.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {vigil.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat lastSeq.
             * @member {number|Long} lastSeq
             * @memberof vigil.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat agentTimeMs.
             * @member {number|Long} agentTimeMs
             * @memberof vigil.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.agentTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {vigil.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: vigil.v1.Heartbeat.$Shape): vigil.v1.Heartbeat & vigil.v1.Heartbeat.$Shape;
             *   (properties?: vigil.v1.Heartbeat.$Properties): vigil.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link vigil.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {vigil.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.lastSeq);
                if (message.agentTimeMs != null && $Object.hasOwnProperty.call(message, "agentTimeMs") && (typeof message.agentTimeMs === "object" ? message.agentTimeMs.low || message.agentTimeMs.high : message.agentTimeMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.agentTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Heartbeat & vigil.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.agentTimeMs = value;
                            else
                                delete message.agentTimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Heartbeat();
                if (object.lastSeq != null)
                    if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = $parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                if (object.agentTimeMs != null)
                    if (typeof object.agentTimeMs === "object" ? object.agentTimeMs.low || object.agentTimeMs.high : $Number(object.agentTimeMs) !== 0)
                        if ($util.Long)
                            message.agentTimeMs = $util.Long.fromValue(object.agentTimeMs, true);
                        else if (typeof object.agentTimeMs === "string")
                            message.agentTimeMs = $parseInt(object.agentTimeMs, 10);
                        else if (typeof object.agentTimeMs === "number")
                            message.agentTimeMs = object.agentTimeMs;
                        else if (typeof object.agentTimeMs === "object")
                            message.agentTimeMs = new $util.LongBits(object.agentTimeMs.low >>> 0, object.agentTimeMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {vigil.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.agentTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.agentTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                if (message.agentTimeMs != null && $Object.hasOwnProperty.call(message, "agentTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.agentTimeMs = typeof message.agentTimeMs === "number" ? $BigInt(message.agentTimeMs) : $util.Long.fromBits(message.agentTimeMs.low >>> 0, message.agentTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.agentTimeMs === "number")
                        object.agentTimeMs = options.longs === $String ? $String(message.agentTimeMs) : message.agentTimeMs;
                    else
                        object.agentTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.agentTimeMs) : options.longs === $Number ? new $util.LongBits(message.agentTimeMs.low >>> 0, message.agentTimeMs.high >>> 0).toNumber(true) : message.agentTimeMs;
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof vigil.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof vigil.v1.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        v1.AgentConfig = (function() {

            /**
             * Properties of an AgentConfig.
             * @typedef {Object} vigil.v1.AgentConfig.$Properties
             * @property {boolean|null} [dryRun] AgentConfig dryRun
             * @property {number|null} [heartbeatIntervalMs] AgentConfig heartbeatIntervalMs
             * @property {number|null} [processPollMs] AgentConfig processPollMs
             * @property {number|null} [networkPollMs] AgentConfig networkPollMs
             * @property {Array.<string>|null} [extraWatchPaths] AgentConfig extraWatchPaths
             * @property {Array.<string>|null} [extraLogPaths] AgentConfig extraLogPaths
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentConfig.
             * @memberof vigil.v1
             * @interface IAgentConfig
             * @augments vigil.v1.AgentConfig.$Properties
             * @deprecated Use vigil.v1.AgentConfig.$Properties instead.
             */

            /**
             * Shape of an AgentConfig.
             * @typedef {vigil.v1.AgentConfig.$Properties} vigil.v1.AgentConfig.$Shape
             */

            /**
             * Constructs a new AgentConfig.
             * @memberof vigil.v1
             * @classdesc Represents an AgentConfig.
             * @constructor
             * @param {vigil.v1.AgentConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgentConfig = function (properties) {
                this.extraWatchPaths = [];
                this.extraLogPaths = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AgentConfig dryRun.
             * @member {boolean} dryRun
             * @memberof vigil.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.dryRun = false;

            /**
             * AgentConfig heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof vigil.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.heartbeatIntervalMs = 0;

            /**
             * AgentConfig processPollMs.
             * @member {number} processPollMs
             * @memberof vigil.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.processPollMs = 0;

            /**
             * AgentConfig networkPollMs.
             * @member {number} networkPollMs
             * @memberof vigil.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.networkPollMs = 0;

            /**
             * AgentConfig extraWatchPaths.
             * @member {Array.<string>} extraWatchPaths
             * @memberof vigil.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.extraWatchPaths = $util.emptyArray;

            /**
             * AgentConfig extraLogPaths.
             * @member {Array.<string>} extraLogPaths
             * @memberof vigil.v1.AgentConfig
             * @instance
             */
            AgentConfig.prototype.extraLogPaths = $util.emptyArray;

            /**
             * Creates a new AgentConfig instance using the specified properties.
             * @function create
             * @memberof vigil.v1.AgentConfig
             * @static
             * @param {vigil.v1.AgentConfig.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.AgentConfig} AgentConfig instance
             * @type {{
             *   (properties: vigil.v1.AgentConfig.$Shape): vigil.v1.AgentConfig & vigil.v1.AgentConfig.$Shape;
             *   (properties?: vigil.v1.AgentConfig.$Properties): vigil.v1.AgentConfig;
             * }}
             */
            AgentConfig.create = function(properties) {
                return new AgentConfig(properties);
            };

            /**
             * Encodes the specified AgentConfig message. Does not implicitly {@link vigil.v1.AgentConfig.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.AgentConfig
             * @static
             * @param {vigil.v1.AgentConfig.$Properties} message AgentConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.dryRun);
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.heartbeatIntervalMs);
                if (message.processPollMs != null && $Object.hasOwnProperty.call(message, "processPollMs") && message.processPollMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.processPollMs);
                if (message.networkPollMs != null && $Object.hasOwnProperty.call(message, "networkPollMs") && message.networkPollMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.networkPollMs);
                if (message.extraWatchPaths != null && message.extraWatchPaths.length)
                    for (let i = 0; i < message.extraWatchPaths.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.extraWatchPaths[i]);
                if (message.extraLogPaths != null && message.extraLogPaths.length)
                    for (let i = 0; i < message.extraLogPaths.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.extraLogPaths[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AgentConfig message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.AgentConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.AgentConfig & vigil.v1.AgentConfig.$Shape} AgentConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.AgentConfig();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dryRun = value;
                            else
                                delete message.dryRun;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalMs = value;
                            else
                                delete message.heartbeatIntervalMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.processPollMs = value;
                            else
                                delete message.processPollMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.networkPollMs = value;
                            else
                                delete message.networkPollMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.extraWatchPaths && message.extraWatchPaths.length))
                                message.extraWatchPaths = [];
                            message.extraWatchPaths.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.extraLogPaths && message.extraLogPaths.length))
                                message.extraLogPaths = [];
                            message.extraLogPaths.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AgentConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.AgentConfig
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.AgentConfig} AgentConfig
             */
            AgentConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.AgentConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.AgentConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.AgentConfig();
                if (object.dryRun != null)
                    if (object.dryRun)
                        message.dryRun = $Boolean(object.dryRun);
                if (object.heartbeatIntervalMs != null)
                    if ($Number(object.heartbeatIntervalMs) !== 0)
                        message.heartbeatIntervalMs = object.heartbeatIntervalMs >>> 0;
                if (object.processPollMs != null)
                    if ($Number(object.processPollMs) !== 0)
                        message.processPollMs = object.processPollMs >>> 0;
                if (object.networkPollMs != null)
                    if ($Number(object.networkPollMs) !== 0)
                        message.networkPollMs = object.networkPollMs >>> 0;
                if (object.extraWatchPaths) {
                    if (!$Array.isArray(object.extraWatchPaths))
                        throw $TypeError(".vigil.v1.AgentConfig.extraWatchPaths: array expected");
                    message.extraWatchPaths = $Array(object.extraWatchPaths.length);
                    for (let i = 0; i < object.extraWatchPaths.length; ++i)
                        message.extraWatchPaths[i] = $String(object.extraWatchPaths[i]);
                }
                if (object.extraLogPaths) {
                    if (!$Array.isArray(object.extraLogPaths))
                        throw $TypeError(".vigil.v1.AgentConfig.extraLogPaths: array expected");
                    message.extraLogPaths = $Array(object.extraLogPaths.length);
                    for (let i = 0; i < object.extraLogPaths.length; ++i)
                        message.extraLogPaths[i] = $String(object.extraLogPaths[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from an AgentConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.AgentConfig
             * @static
             * @param {vigil.v1.AgentConfig} message AgentConfig
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentConfig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.extraWatchPaths = [];
                    object.extraLogPaths = [];
                }
                if (options.defaults) {
                    object.dryRun = false;
                    object.heartbeatIntervalMs = 0;
                    object.processPollMs = 0;
                    object.networkPollMs = 0;
                }
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
                    object.dryRun = message.dryRun;
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    object.heartbeatIntervalMs = message.heartbeatIntervalMs;
                if (message.processPollMs != null && $Object.hasOwnProperty.call(message, "processPollMs"))
                    object.processPollMs = message.processPollMs;
                if (message.networkPollMs != null && $Object.hasOwnProperty.call(message, "networkPollMs"))
                    object.networkPollMs = message.networkPollMs;
                if (message.extraWatchPaths && message.extraWatchPaths.length) {
                    object.extraWatchPaths = $Array(message.extraWatchPaths.length);
                    for (let j = 0; j < message.extraWatchPaths.length; ++j)
                        object.extraWatchPaths[j] = message.extraWatchPaths[j];
                }
                if (message.extraLogPaths && message.extraLogPaths.length) {
                    object.extraLogPaths = $Array(message.extraLogPaths.length);
                    for (let j = 0; j < message.extraLogPaths.length; ++j)
                        object.extraLogPaths[j] = message.extraLogPaths[j];
                }
                return object;
            };

            /**
             * Converts this AgentConfig to JSON.
             * @function toJSON
             * @memberof vigil.v1.AgentConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentConfig.prototype.toJSON = function() {
                return AgentConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AgentConfig
             * @function getTypeUrl
             * @memberof vigil.v1.AgentConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AgentConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.AgentConfig";
            };

            return AgentConfig;
        })();

        v1.Event = (function() {

            /**
             * Properties of an Event.
             * @typedef {Object} vigil.v1.Event.$Properties
             * @property {string|null} [id] Event id
             * @property {string|null} [agentId] Event agentId
             * @property {number|Long|null} [timeNs] Event timeNs
             * @property {number|Long|null} [seq] Event seq
             * @property {vigil.v1.ProcessStart.$Properties|null} [processStart] Event processStart
             * @property {vigil.v1.ProcessExit.$Properties|null} [processExit] Event processExit
             * @property {vigil.v1.NetworkConnection.$Properties|null} [networkConnection] Event networkConnection
             * @property {vigil.v1.NetworkListener.$Properties|null} [networkListener] Event networkListener
             * @property {vigil.v1.LogRecord.$Properties|null} [log] Event log
             * @property {vigil.v1.FileChange.$Properties|null} [fileChange] Event fileChange
             * @property {vigil.v1.HostInventory.$Properties|null} [inventory] Event inventory
             * @property {vigil.v1.AgentHealth.$Properties|null} [health] Event health
             * @property {vigil.v1.Gap.$Properties|null} [gap] Event gap
             * @property {vigil.v1.Tamper.$Properties|null} [tamper] Event tamper
             * @property {vigil.v1.FileAccess.$Properties|null} [fileAccess] Event fileAccess
             * @property {vigil.v1.TelemetryCoverage.$Properties|null} [coverage] Event coverage
             * @property {"processStart"|"processExit"|"networkConnection"|"networkListener"|"log"|"fileChange"|"inventory"|"health"|"gap"|"tamper"|"fileAccess"|"coverage"} [payload] Event payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Event.
             * @memberof vigil.v1
             * @interface IEvent
             * @augments vigil.v1.Event.$Properties
             * @deprecated Use vigil.v1.Event.$Properties instead.
             */

            /**
             * Narrowed shape of an Event.
             * @typedef {{
             *   id?: string|null;
             *   agentId?: string|null;
             *   timeNs?: number|Long|null;
             *   seq?: number|Long|null;
             *   processStart?: vigil.v1.ProcessStart.$Shape|null;
             *   processExit?: vigil.v1.ProcessExit.$Shape|null;
             *   networkConnection?: vigil.v1.NetworkConnection.$Shape|null;
             *   networkListener?: vigil.v1.NetworkListener.$Shape|null;
             *   log?: vigil.v1.LogRecord.$Shape|null;
             *   fileChange?: vigil.v1.FileChange.$Shape|null;
             *   inventory?: vigil.v1.HostInventory.$Shape|null;
             *   health?: vigil.v1.AgentHealth.$Shape|null;
             *   gap?: vigil.v1.Gap.$Shape|null;
             *   tamper?: vigil.v1.Tamper.$Shape|null;
             *   fileAccess?: vigil.v1.FileAccess.$Shape|null;
             *   coverage?: vigil.v1.TelemetryCoverage.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ payload?: undefined; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "processStart"; processStart: vigil.v1.ProcessStart.$Shape; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "processExit"; processStart?: null; processExit: vigil.v1.ProcessExit.$Shape; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "networkConnection"; processStart?: null; processExit?: null; networkConnection: vigil.v1.NetworkConnection.$Shape; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "networkListener"; processStart?: null; processExit?: null; networkConnection?: null; networkListener: vigil.v1.NetworkListener.$Shape; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "log"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log: vigil.v1.LogRecord.$Shape; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "fileChange"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange: vigil.v1.FileChange.$Shape; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "inventory"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory: vigil.v1.HostInventory.$Shape; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "health"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health: vigil.v1.AgentHealth.$Shape; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "gap"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap: vigil.v1.Gap.$Shape; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "tamper"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper: vigil.v1.Tamper.$Shape; fileAccess?: null; coverage?: null }|{ payload?: "fileAccess"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess: vigil.v1.FileAccess.$Shape; coverage?: null }|{ payload?: "coverage"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage: vigil.v1.TelemetryCoverage.$Shape })
             * )} vigil.v1.Event.$Shape
             */

            /**
             * Constructs a new Event.
             * @memberof vigil.v1
             * @classdesc Represents an Event.
             * @constructor
             * @param {vigil.v1.Event.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Event = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Event id.
             * @member {string} id
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.id = "";

            /**
             * Event agentId.
             * @member {string} agentId
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.agentId = "";

            /**
             * Event timeNs.
             * @member {number|Long} timeNs
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event seq.
             * @member {number|Long} seq
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event processStart.
             * @member {vigil.v1.ProcessStart.$Properties|null|undefined} processStart
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.processStart = null;

            /**
             * Event processExit.
             * @member {vigil.v1.ProcessExit.$Properties|null|undefined} processExit
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.processExit = null;

            /**
             * Event networkConnection.
             * @member {vigil.v1.NetworkConnection.$Properties|null|undefined} networkConnection
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.networkConnection = null;

            /**
             * Event networkListener.
             * @member {vigil.v1.NetworkListener.$Properties|null|undefined} networkListener
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.networkListener = null;

            /**
             * Event log.
             * @member {vigil.v1.LogRecord.$Properties|null|undefined} log
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.log = null;

            /**
             * Event fileChange.
             * @member {vigil.v1.FileChange.$Properties|null|undefined} fileChange
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.fileChange = null;

            /**
             * Event inventory.
             * @member {vigil.v1.HostInventory.$Properties|null|undefined} inventory
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.inventory = null;

            /**
             * Event health.
             * @member {vigil.v1.AgentHealth.$Properties|null|undefined} health
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.health = null;

            /**
             * Event gap.
             * @member {vigil.v1.Gap.$Properties|null|undefined} gap
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.gap = null;

            /**
             * Event tamper.
             * @member {vigil.v1.Tamper.$Properties|null|undefined} tamper
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.tamper = null;

            /**
             * Event fileAccess.
             * @member {vigil.v1.FileAccess.$Properties|null|undefined} fileAccess
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.fileAccess = null;

            /**
             * Event coverage.
             * @member {vigil.v1.TelemetryCoverage.$Properties|null|undefined} coverage
             * @memberof vigil.v1.Event
             * @instance
             */
            Event.prototype.coverage = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Event payload.
             * @member {"processStart"|"processExit"|"networkConnection"|"networkListener"|"log"|"fileChange"|"inventory"|"health"|"gap"|"tamper"|"fileAccess"|"coverage"|undefined} payload
             * @memberof vigil.v1.Event
             * @instance
             */
            $Object.defineProperty(Event.prototype, "payload", {
                get: $util.oneOfGetter($oneOfFields = ["processStart", "processExit", "networkConnection", "networkListener", "log", "fileChange", "inventory", "health", "gap", "tamper", "fileAccess", "coverage"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Event
             * @static
             * @param {vigil.v1.Event.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Event} Event instance
             * @type {{
             *   (properties: vigil.v1.Event.$Shape): vigil.v1.Event & vigil.v1.Event.$Shape;
             *   (properties?: vigil.v1.Event.$Properties): vigil.v1.Event;
             * }}
             */
            Event.create = function(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link vigil.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Event
             * @static
             * @param {vigil.v1.Event.$Properties} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.agentId);
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.timeNs);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.seq);
                if (message.processStart != null && $Object.hasOwnProperty.call(message, "processStart"))
                    $root.vigil.v1.ProcessStart.encode(message.processStart, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.processExit != null && $Object.hasOwnProperty.call(message, "processExit"))
                    $root.vigil.v1.ProcessExit.encode(message.processExit, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.networkConnection != null && $Object.hasOwnProperty.call(message, "networkConnection"))
                    $root.vigil.v1.NetworkConnection.encode(message.networkConnection, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.networkListener != null && $Object.hasOwnProperty.call(message, "networkListener"))
                    $root.vigil.v1.NetworkListener.encode(message.networkListener, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.log != null && $Object.hasOwnProperty.call(message, "log"))
                    $root.vigil.v1.LogRecord.encode(message.log, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.fileChange != null && $Object.hasOwnProperty.call(message, "fileChange"))
                    $root.vigil.v1.FileChange.encode(message.fileChange, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory"))
                    $root.vigil.v1.HostInventory.encode(message.inventory, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                    $root.vigil.v1.AgentHealth.encode(message.health, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.gap != null && $Object.hasOwnProperty.call(message, "gap"))
                    $root.vigil.v1.Gap.encode(message.gap, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.tamper != null && $Object.hasOwnProperty.call(message, "tamper"))
                    $root.vigil.v1.Tamper.encode(message.tamper, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.fileAccess != null && $Object.hasOwnProperty.call(message, "fileAccess"))
                    $root.vigil.v1.FileAccess.encode(message.fileAccess, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.coverage != null && $Object.hasOwnProperty.call(message, "coverage"))
                    $root.vigil.v1.TelemetryCoverage.encode(message.coverage, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Event & vigil.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.processStart = $root.vigil.v1.ProcessStart.decode(reader, reader.size(), $undefined, _depth + 1, message.processStart);
                            message.payload = "processStart";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.processExit = $root.vigil.v1.ProcessExit.decode(reader, reader.size(), $undefined, _depth + 1, message.processExit);
                            message.payload = "processExit";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.networkConnection = $root.vigil.v1.NetworkConnection.decode(reader, reader.size(), $undefined, _depth + 1, message.networkConnection);
                            message.payload = "networkConnection";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.networkListener = $root.vigil.v1.NetworkListener.decode(reader, reader.size(), $undefined, _depth + 1, message.networkListener);
                            message.payload = "networkListener";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.log = $root.vigil.v1.LogRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.log);
                            message.payload = "log";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.fileChange = $root.vigil.v1.FileChange.decode(reader, reader.size(), $undefined, _depth + 1, message.fileChange);
                            message.payload = "fileChange";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.inventory = $root.vigil.v1.HostInventory.decode(reader, reader.size(), $undefined, _depth + 1, message.inventory);
                            message.payload = "inventory";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.health = $root.vigil.v1.AgentHealth.decode(reader, reader.size(), $undefined, _depth + 1, message.health);
                            message.payload = "health";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.gap = $root.vigil.v1.Gap.decode(reader, reader.size(), $undefined, _depth + 1, message.gap);
                            message.payload = "gap";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.tamper = $root.vigil.v1.Tamper.decode(reader, reader.size(), $undefined, _depth + 1, message.tamper);
                            message.payload = "tamper";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.fileAccess = $root.vigil.v1.FileAccess.decode(reader, reader.size(), $undefined, _depth + 1, message.fileAccess);
                            message.payload = "fileAccess";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.coverage = $root.vigil.v1.TelemetryCoverage.decode(reader, reader.size(), $undefined, _depth + 1, message.coverage);
                            message.payload = "coverage";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Event
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Event} Event
             */
            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Event();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, true);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber(true);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.processStart != null) {
                    if (!$util.isObject(object.processStart))
                        throw $TypeError(".vigil.v1.Event.processStart: object expected");
                    message.processStart = $root.vigil.v1.ProcessStart.fromObject(object.processStart, _depth + 1);
                }
                if (object.processExit != null) {
                    if (!$util.isObject(object.processExit))
                        throw $TypeError(".vigil.v1.Event.processExit: object expected");
                    message.processExit = $root.vigil.v1.ProcessExit.fromObject(object.processExit, _depth + 1);
                }
                if (object.networkConnection != null) {
                    if (!$util.isObject(object.networkConnection))
                        throw $TypeError(".vigil.v1.Event.networkConnection: object expected");
                    message.networkConnection = $root.vigil.v1.NetworkConnection.fromObject(object.networkConnection, _depth + 1);
                }
                if (object.networkListener != null) {
                    if (!$util.isObject(object.networkListener))
                        throw $TypeError(".vigil.v1.Event.networkListener: object expected");
                    message.networkListener = $root.vigil.v1.NetworkListener.fromObject(object.networkListener, _depth + 1);
                }
                if (object.log != null) {
                    if (!$util.isObject(object.log))
                        throw $TypeError(".vigil.v1.Event.log: object expected");
                    message.log = $root.vigil.v1.LogRecord.fromObject(object.log, _depth + 1);
                }
                if (object.fileChange != null) {
                    if (!$util.isObject(object.fileChange))
                        throw $TypeError(".vigil.v1.Event.fileChange: object expected");
                    message.fileChange = $root.vigil.v1.FileChange.fromObject(object.fileChange, _depth + 1);
                }
                if (object.inventory != null) {
                    if (!$util.isObject(object.inventory))
                        throw $TypeError(".vigil.v1.Event.inventory: object expected");
                    message.inventory = $root.vigil.v1.HostInventory.fromObject(object.inventory, _depth + 1);
                }
                if (object.health != null) {
                    if (!$util.isObject(object.health))
                        throw $TypeError(".vigil.v1.Event.health: object expected");
                    message.health = $root.vigil.v1.AgentHealth.fromObject(object.health, _depth + 1);
                }
                if (object.gap != null) {
                    if (!$util.isObject(object.gap))
                        throw $TypeError(".vigil.v1.Event.gap: object expected");
                    message.gap = $root.vigil.v1.Gap.fromObject(object.gap, _depth + 1);
                }
                if (object.tamper != null) {
                    if (!$util.isObject(object.tamper))
                        throw $TypeError(".vigil.v1.Event.tamper: object expected");
                    message.tamper = $root.vigil.v1.Tamper.fromObject(object.tamper, _depth + 1);
                }
                if (object.fileAccess != null) {
                    if (!$util.isObject(object.fileAccess))
                        throw $TypeError(".vigil.v1.Event.fileAccess: object expected");
                    message.fileAccess = $root.vigil.v1.FileAccess.fromObject(object.fileAccess, _depth + 1);
                }
                if (object.coverage != null) {
                    if (!$util.isObject(object.coverage))
                        throw $TypeError(".vigil.v1.Event.coverage: object expected");
                    message.coverage = $root.vigil.v1.TelemetryCoverage.fromObject(object.coverage, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Event
             * @static
             * @param {vigil.v1.Event} message Event
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.agentId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber(true) : message.timeNs;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.processStart != null && $Object.hasOwnProperty.call(message, "processStart")) {
                    object.processStart = $root.vigil.v1.ProcessStart.toObject(message.processStart, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "processStart";
                }
                if (message.processExit != null && $Object.hasOwnProperty.call(message, "processExit")) {
                    object.processExit = $root.vigil.v1.ProcessExit.toObject(message.processExit, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "processExit";
                }
                if (message.networkConnection != null && $Object.hasOwnProperty.call(message, "networkConnection")) {
                    object.networkConnection = $root.vigil.v1.NetworkConnection.toObject(message.networkConnection, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "networkConnection";
                }
                if (message.networkListener != null && $Object.hasOwnProperty.call(message, "networkListener")) {
                    object.networkListener = $root.vigil.v1.NetworkListener.toObject(message.networkListener, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "networkListener";
                }
                if (message.log != null && $Object.hasOwnProperty.call(message, "log")) {
                    object.log = $root.vigil.v1.LogRecord.toObject(message.log, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "log";
                }
                if (message.fileChange != null && $Object.hasOwnProperty.call(message, "fileChange")) {
                    object.fileChange = $root.vigil.v1.FileChange.toObject(message.fileChange, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "fileChange";
                }
                if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory")) {
                    object.inventory = $root.vigil.v1.HostInventory.toObject(message.inventory, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "inventory";
                }
                if (message.health != null && $Object.hasOwnProperty.call(message, "health")) {
                    object.health = $root.vigil.v1.AgentHealth.toObject(message.health, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "health";
                }
                if (message.gap != null && $Object.hasOwnProperty.call(message, "gap")) {
                    object.gap = $root.vigil.v1.Gap.toObject(message.gap, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "gap";
                }
                if (message.tamper != null && $Object.hasOwnProperty.call(message, "tamper")) {
                    object.tamper = $root.vigil.v1.Tamper.toObject(message.tamper, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "tamper";
                }
                if (message.fileAccess != null && $Object.hasOwnProperty.call(message, "fileAccess")) {
                    object.fileAccess = $root.vigil.v1.FileAccess.toObject(message.fileAccess, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "fileAccess";
                }
                if (message.coverage != null && $Object.hasOwnProperty.call(message, "coverage")) {
                    object.coverage = $root.vigil.v1.TelemetryCoverage.toObject(message.coverage, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "coverage";
                }
                return object;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof vigil.v1.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Event
             * @function getTypeUrl
             * @memberof vigil.v1.Event
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Event";
            };

            return Event;
        })();

        v1.ProcessStart = (function() {

            /**
             * Properties of a ProcessStart.
             * @typedef {Object} vigil.v1.ProcessStart.$Properties
             * @property {number|null} [pid] ProcessStart pid
             * @property {number|null} [ppid] ProcessStart ppid
             * @property {number|Long|null} [startTimeTicks] ProcessStart startTimeTicks
             * @property {number|Long|null} [startTimeNs] ProcessStart startTimeNs
             * @property {string|null} [exe] ProcessStart exe
             * @property {Array.<string>|null} [argv] ProcessStart argv
             * @property {string|null} [cwd] ProcessStart cwd
             * @property {number|null} [uid] ProcessStart uid
             * @property {string|null} [user] ProcessStart user
             * @property {number|null} [gid] ProcessStart gid
             * @property {number|null} [euid] ProcessStart euid
             * @property {string|null} [tty] ProcessStart tty
             * @property {number|null} [sessionId] ProcessStart sessionId
             * @property {string|null} [sha256] ProcessStart sha256
             * @property {string|null} [hashSkipped] ProcessStart hashSkipped
             * @property {number|null} [parentPid] ProcessStart parentPid
             * @property {string|null} [parentExe] ProcessStart parentExe
             * @property {Array.<string>|null} [parentArgv] ProcessStart parentArgv
             * @property {string|null} [comm] ProcessStart comm
             * @property {string|null} [source] ProcessStart source
             * @property {number|null} [auid] ProcessStart auid
             * @property {string|null} [loginUser] ProcessStart loginUser
             * @property {Object.<string,string>|null} [loaderEnv] ProcessStart loaderEnv
             * @property {Array.<vigil.v1.ProcessAncestor.$Properties>|null} [ancestors] ProcessStart ancestors
             * @property {boolean|null} [argvMissing] ProcessStart argvMissing
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProcessStart.
             * @memberof vigil.v1
             * @interface IProcessStart
             * @augments vigil.v1.ProcessStart.$Properties
             * @deprecated Use vigil.v1.ProcessStart.$Properties instead.
             */

            /**
             * Shape of a ProcessStart.
             * @typedef {vigil.v1.ProcessStart.$Properties} vigil.v1.ProcessStart.$Shape
             */

            /**
             * Constructs a new ProcessStart.
             * @memberof vigil.v1
             * @classdesc Represents a ProcessStart.
             * @constructor
             * @param {vigil.v1.ProcessStart.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProcessStart = function (properties) {
                this.argv = [];
                this.parentArgv = [];
                this.loaderEnv = {};
                this.ancestors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProcessStart pid.
             * @member {number} pid
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.pid = 0;

            /**
             * ProcessStart ppid.
             * @member {number} ppid
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.ppid = 0;

            /**
             * ProcessStart startTimeTicks.
             * @member {number|Long} startTimeTicks
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.startTimeTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ProcessStart startTimeNs.
             * @member {number|Long} startTimeNs
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.startTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ProcessStart exe.
             * @member {string} exe
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.exe = "";

            /**
             * ProcessStart argv.
             * @member {Array.<string>} argv
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.argv = $util.emptyArray;

            /**
             * ProcessStart cwd.
             * @member {string} cwd
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.cwd = "";

            /**
             * ProcessStart uid.
             * @member {number} uid
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.uid = 0;

            /**
             * ProcessStart user.
             * @member {string} user
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.user = "";

            /**
             * ProcessStart gid.
             * @member {number} gid
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.gid = 0;

            /**
             * ProcessStart euid.
             * @member {number} euid
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.euid = 0;

            /**
             * ProcessStart tty.
             * @member {string} tty
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.tty = "";

            /**
             * ProcessStart sessionId.
             * @member {number} sessionId
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.sessionId = 0;

            /**
             * ProcessStart sha256.
             * @member {string} sha256
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.sha256 = "";

            /**
             * ProcessStart hashSkipped.
             * @member {string} hashSkipped
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.hashSkipped = "";

            /**
             * ProcessStart parentPid.
             * @member {number} parentPid
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.parentPid = 0;

            /**
             * ProcessStart parentExe.
             * @member {string} parentExe
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.parentExe = "";

            /**
             * ProcessStart parentArgv.
             * @member {Array.<string>} parentArgv
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.parentArgv = $util.emptyArray;

            /**
             * ProcessStart comm.
             * @member {string} comm
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.comm = "";

            /**
             * ProcessStart source.
             * @member {string} source
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.source = "";

            /**
             * ProcessStart auid.
             * @member {number} auid
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.auid = 0;

            /**
             * ProcessStart loginUser.
             * @member {string} loginUser
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.loginUser = "";

            /**
             * ProcessStart loaderEnv.
             * @member {Object.<string,string>} loaderEnv
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.loaderEnv = $util.emptyObject;

            /**
             * ProcessStart ancestors.
             * @member {Array.<vigil.v1.ProcessAncestor.$Properties>} ancestors
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.ancestors = $util.emptyArray;

            /**
             * ProcessStart argvMissing.
             * @member {boolean} argvMissing
             * @memberof vigil.v1.ProcessStart
             * @instance
             */
            ProcessStart.prototype.argvMissing = false;

            /**
             * Creates a new ProcessStart instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ProcessStart
             * @static
             * @param {vigil.v1.ProcessStart.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.ProcessStart} ProcessStart instance
             * @type {{
             *   (properties: vigil.v1.ProcessStart.$Shape): vigil.v1.ProcessStart & vigil.v1.ProcessStart.$Shape;
             *   (properties?: vigil.v1.ProcessStart.$Properties): vigil.v1.ProcessStart;
             * }}
             */
            ProcessStart.create = function(properties) {
                return new ProcessStart(properties);
            };

            /**
             * Encodes the specified ProcessStart message. Does not implicitly {@link vigil.v1.ProcessStart.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ProcessStart
             * @static
             * @param {vigil.v1.ProcessStart.$Properties} message ProcessStart message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessStart.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                if (message.ppid != null && $Object.hasOwnProperty.call(message, "ppid") && message.ppid !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ppid);
                if (message.startTimeTicks != null && $Object.hasOwnProperty.call(message, "startTimeTicks") && (typeof message.startTimeTicks === "object" ? message.startTimeTicks.low || message.startTimeTicks.high : message.startTimeTicks !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.startTimeTicks);
                if (message.startTimeNs != null && $Object.hasOwnProperty.call(message, "startTimeNs") && (typeof message.startTimeNs === "object" ? message.startTimeNs.low || message.startTimeNs.high : message.startTimeNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.startTimeNs);
                if (message.exe != null && $Object.hasOwnProperty.call(message, "exe") && message.exe !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.exe);
                if (message.argv != null && message.argv.length)
                    for (let i = 0; i < message.argv.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.argv[i]);
                if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd") && message.cwd !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.cwd);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.uid);
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.user);
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid") && message.gid !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.gid);
                if (message.euid != null && $Object.hasOwnProperty.call(message, "euid") && message.euid !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.euid);
                if (message.tty != null && $Object.hasOwnProperty.call(message, "tty") && message.tty !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.tty);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.sessionId);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.sha256);
                if (message.hashSkipped != null && $Object.hasOwnProperty.call(message, "hashSkipped") && message.hashSkipped !== "")
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.hashSkipped);
                if (message.parentPid != null && $Object.hasOwnProperty.call(message, "parentPid") && message.parentPid !== 0)
                    writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.parentPid);
                if (message.parentExe != null && $Object.hasOwnProperty.call(message, "parentExe") && message.parentExe !== "")
                    writer.uint32(/* id 17, wireType 2 =*/138).string(message.parentExe);
                if (message.parentArgv != null && message.parentArgv.length)
                    for (let i = 0; i < message.parentArgv.length; ++i)
                        writer.uint32(/* id 18, wireType 2 =*/146).string(message.parentArgv[i]);
                if (message.comm != null && $Object.hasOwnProperty.call(message, "comm") && message.comm !== "")
                    writer.uint32(/* id 19, wireType 2 =*/154).string(message.comm);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 20, wireType 2 =*/162).string(message.source);
                if (message.auid != null && $Object.hasOwnProperty.call(message, "auid") && message.auid !== 0)
                    writer.uint32(/* id 21, wireType 0 =*/168).uint32(message.auid);
                if (message.loginUser != null && $Object.hasOwnProperty.call(message, "loginUser") && message.loginUser !== "")
                    writer.uint32(/* id 22, wireType 2 =*/178).string(message.loginUser);
                if (message.loaderEnv != null && $Object.hasOwnProperty.call(message, "loaderEnv"))
                    for (let keys = $Object.keys(message.loaderEnv), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 23, wireType 2 =*/186).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.loaderEnv[keys[i]]).ldelim();
                if (message.ancestors != null && message.ancestors.length)
                    for (let i = 0; i < message.ancestors.length; ++i)
                        $root.vigil.v1.ProcessAncestor.encode(message.ancestors[i], writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.argvMissing != null && $Object.hasOwnProperty.call(message, "argvMissing") && message.argvMissing !== false)
                    writer.uint32(/* id 25, wireType 0 =*/200).bool(message.argvMissing);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProcessStart message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ProcessStart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ProcessStart & vigil.v1.ProcessStart.$Shape} ProcessStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessStart.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.ProcessStart();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ppid = value;
                            else
                                delete message.ppid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startTimeTicks = value;
                            else
                                delete message.startTimeTicks;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startTimeNs = value;
                            else
                                delete message.startTimeNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.exe = value;
                            else
                                delete message.exe;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.argv && message.argv.length))
                                message.argv = [];
                            message.argv.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cwd = value;
                            else
                                delete message.cwd;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.gid = value;
                            else
                                delete message.gid;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.euid = value;
                            else
                                delete message.euid;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tty = value;
                            else
                                delete message.tty;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hashSkipped = value;
                            else
                                delete message.hashSkipped;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.parentPid = value;
                            else
                                delete message.parentPid;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.parentExe = value;
                            else
                                delete message.parentExe;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if (!(message.parentArgv && message.parentArgv.length))
                                message.parentArgv = [];
                            message.parentArgv.push(reader.stringVerify());
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.comm = value;
                            else
                                delete message.comm;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.auid = value;
                            else
                                delete message.auid;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.loginUser = value;
                            else
                                delete message.loginUser;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            if (message.loaderEnv === $util.emptyObject)
                                message.loaderEnv = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.loaderEnv, key);
                            message.loaderEnv[key] = value;
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ancestors && message.ancestors.length))
                                message.ancestors = [];
                            message.ancestors.push($root.vigil.v1.ProcessAncestor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 25: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.argvMissing = value;
                            else
                                delete message.argvMissing;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ProcessStart message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ProcessStart
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ProcessStart} ProcessStart
             */
            ProcessStart.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.ProcessStart)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.ProcessStart: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.ProcessStart();
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.ppid != null)
                    if ($Number(object.ppid) !== 0)
                        message.ppid = object.ppid >>> 0;
                if (object.startTimeTicks != null)
                    if (typeof object.startTimeTicks === "object" ? object.startTimeTicks.low || object.startTimeTicks.high : $Number(object.startTimeTicks) !== 0)
                        if ($util.Long)
                            message.startTimeTicks = $util.Long.fromValue(object.startTimeTicks, true);
                        else if (typeof object.startTimeTicks === "string")
                            message.startTimeTicks = $parseInt(object.startTimeTicks, 10);
                        else if (typeof object.startTimeTicks === "number")
                            message.startTimeTicks = object.startTimeTicks;
                        else if (typeof object.startTimeTicks === "object")
                            message.startTimeTicks = new $util.LongBits(object.startTimeTicks.low >>> 0, object.startTimeTicks.high >>> 0).toNumber(true);
                if (object.startTimeNs != null)
                    if (typeof object.startTimeNs === "object" ? object.startTimeNs.low || object.startTimeNs.high : $Number(object.startTimeNs) !== 0)
                        if ($util.Long)
                            message.startTimeNs = $util.Long.fromValue(object.startTimeNs, true);
                        else if (typeof object.startTimeNs === "string")
                            message.startTimeNs = $parseInt(object.startTimeNs, 10);
                        else if (typeof object.startTimeNs === "number")
                            message.startTimeNs = object.startTimeNs;
                        else if (typeof object.startTimeNs === "object")
                            message.startTimeNs = new $util.LongBits(object.startTimeNs.low >>> 0, object.startTimeNs.high >>> 0).toNumber(true);
                if (object.exe != null)
                    if (typeof object.exe !== "string" || object.exe.length)
                        message.exe = $String(object.exe);
                if (object.argv) {
                    if (!$Array.isArray(object.argv))
                        throw $TypeError(".vigil.v1.ProcessStart.argv: array expected");
                    message.argv = $Array(object.argv.length);
                    for (let i = 0; i < object.argv.length; ++i)
                        message.argv[i] = $String(object.argv[i]);
                }
                if (object.cwd != null)
                    if (typeof object.cwd !== "string" || object.cwd.length)
                        message.cwd = $String(object.cwd);
                if (object.uid != null)
                    if ($Number(object.uid) !== 0)
                        message.uid = object.uid >>> 0;
                if (object.user != null)
                    if (typeof object.user !== "string" || object.user.length)
                        message.user = $String(object.user);
                if (object.gid != null)
                    if ($Number(object.gid) !== 0)
                        message.gid = object.gid >>> 0;
                if (object.euid != null)
                    if ($Number(object.euid) !== 0)
                        message.euid = object.euid >>> 0;
                if (object.tty != null)
                    if (typeof object.tty !== "string" || object.tty.length)
                        message.tty = $String(object.tty);
                if (object.sessionId != null)
                    if ($Number(object.sessionId) !== 0)
                        message.sessionId = object.sessionId >>> 0;
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.hashSkipped != null)
                    if (typeof object.hashSkipped !== "string" || object.hashSkipped.length)
                        message.hashSkipped = $String(object.hashSkipped);
                if (object.parentPid != null)
                    if ($Number(object.parentPid) !== 0)
                        message.parentPid = object.parentPid >>> 0;
                if (object.parentExe != null)
                    if (typeof object.parentExe !== "string" || object.parentExe.length)
                        message.parentExe = $String(object.parentExe);
                if (object.parentArgv) {
                    if (!$Array.isArray(object.parentArgv))
                        throw $TypeError(".vigil.v1.ProcessStart.parentArgv: array expected");
                    message.parentArgv = $Array(object.parentArgv.length);
                    for (let i = 0; i < object.parentArgv.length; ++i)
                        message.parentArgv[i] = $String(object.parentArgv[i]);
                }
                if (object.comm != null)
                    if (typeof object.comm !== "string" || object.comm.length)
                        message.comm = $String(object.comm);
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.auid != null)
                    if ($Number(object.auid) !== 0)
                        message.auid = object.auid >>> 0;
                if (object.loginUser != null)
                    if (typeof object.loginUser !== "string" || object.loginUser.length)
                        message.loginUser = $String(object.loginUser);
                if (object.loaderEnv) {
                    if (!$util.isObject(object.loaderEnv))
                        throw $TypeError(".vigil.v1.ProcessStart.loaderEnv: object expected");
                    message.loaderEnv = {};
                    for (let keys = $Object.keys(object.loaderEnv), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.loaderEnv, keys[i]);
                        message.loaderEnv[keys[i]] = $String(object.loaderEnv[keys[i]]);
                    }
                }
                if (object.ancestors) {
                    if (!$Array.isArray(object.ancestors))
                        throw $TypeError(".vigil.v1.ProcessStart.ancestors: array expected");
                    message.ancestors = $Array(object.ancestors.length);
                    for (let i = 0; i < object.ancestors.length; ++i) {
                        if (!$util.isObject(object.ancestors[i]))
                            throw $TypeError(".vigil.v1.ProcessStart.ancestors: object expected");
                        message.ancestors[i] = $root.vigil.v1.ProcessAncestor.fromObject(object.ancestors[i], _depth + 1);
                    }
                }
                if (object.argvMissing != null)
                    if (object.argvMissing)
                        message.argvMissing = $Boolean(object.argvMissing);
                return message;
            };

            /**
             * Creates a plain object from a ProcessStart message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ProcessStart
             * @static
             * @param {vigil.v1.ProcessStart} message ProcessStart
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProcessStart.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.argv = [];
                    object.parentArgv = [];
                    object.ancestors = [];
                }
                if (options.objects || options.defaults)
                    object.loaderEnv = {};
                if (options.defaults) {
                    object.pid = 0;
                    object.ppid = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startTimeTicks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startTimeTicks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.exe = "";
                    object.cwd = "";
                    object.uid = 0;
                    object.user = "";
                    object.gid = 0;
                    object.euid = 0;
                    object.tty = "";
                    object.sessionId = 0;
                    object.sha256 = "";
                    object.hashSkipped = "";
                    object.parentPid = 0;
                    object.parentExe = "";
                    object.comm = "";
                    object.source = "";
                    object.auid = 0;
                    object.loginUser = "";
                    object.argvMissing = false;
                }
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.ppid != null && $Object.hasOwnProperty.call(message, "ppid"))
                    object.ppid = message.ppid;
                if (message.startTimeTicks != null && $Object.hasOwnProperty.call(message, "startTimeTicks"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startTimeTicks = typeof message.startTimeTicks === "number" ? $BigInt(message.startTimeTicks) : $util.Long.fromBits(message.startTimeTicks.low >>> 0, message.startTimeTicks.high >>> 0, true).toBigInt();
                    else if (typeof message.startTimeTicks === "number")
                        object.startTimeTicks = options.longs === $String ? $String(message.startTimeTicks) : message.startTimeTicks;
                    else
                        object.startTimeTicks = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeTicks) : options.longs === $Number ? new $util.LongBits(message.startTimeTicks.low >>> 0, message.startTimeTicks.high >>> 0).toNumber(true) : message.startTimeTicks;
                if (message.startTimeNs != null && $Object.hasOwnProperty.call(message, "startTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startTimeNs = typeof message.startTimeNs === "number" ? $BigInt(message.startTimeNs) : $util.Long.fromBits(message.startTimeNs.low >>> 0, message.startTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.startTimeNs === "number")
                        object.startTimeNs = options.longs === $String ? $String(message.startTimeNs) : message.startTimeNs;
                    else
                        object.startTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeNs) : options.longs === $Number ? new $util.LongBits(message.startTimeNs.low >>> 0, message.startTimeNs.high >>> 0).toNumber(true) : message.startTimeNs;
                if (message.exe != null && $Object.hasOwnProperty.call(message, "exe"))
                    object.exe = message.exe;
                if (message.argv && message.argv.length) {
                    object.argv = $Array(message.argv.length);
                    for (let j = 0; j < message.argv.length; ++j)
                        object.argv[j] = message.argv[j];
                }
                if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd"))
                    object.cwd = message.cwd;
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    object.user = message.user;
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    object.gid = message.gid;
                if (message.euid != null && $Object.hasOwnProperty.call(message, "euid"))
                    object.euid = message.euid;
                if (message.tty != null && $Object.hasOwnProperty.call(message, "tty"))
                    object.tty = message.tty;
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.hashSkipped != null && $Object.hasOwnProperty.call(message, "hashSkipped"))
                    object.hashSkipped = message.hashSkipped;
                if (message.parentPid != null && $Object.hasOwnProperty.call(message, "parentPid"))
                    object.parentPid = message.parentPid;
                if (message.parentExe != null && $Object.hasOwnProperty.call(message, "parentExe"))
                    object.parentExe = message.parentExe;
                if (message.parentArgv && message.parentArgv.length) {
                    object.parentArgv = $Array(message.parentArgv.length);
                    for (let j = 0; j < message.parentArgv.length; ++j)
                        object.parentArgv[j] = message.parentArgv[j];
                }
                if (message.comm != null && $Object.hasOwnProperty.call(message, "comm"))
                    object.comm = message.comm;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.auid != null && $Object.hasOwnProperty.call(message, "auid"))
                    object.auid = message.auid;
                if (message.loginUser != null && $Object.hasOwnProperty.call(message, "loginUser"))
                    object.loginUser = message.loginUser;
                let keys2;
                if (message.loaderEnv && (keys2 = $Object.keys(message.loaderEnv)).length) {
                    object.loaderEnv = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.loaderEnv, keys2[j]);
                        object.loaderEnv[keys2[j]] = message.loaderEnv[keys2[j]];
                    }
                }
                if (message.ancestors && message.ancestors.length) {
                    object.ancestors = $Array(message.ancestors.length);
                    for (let j = 0; j < message.ancestors.length; ++j)
                        object.ancestors[j] = $root.vigil.v1.ProcessAncestor.toObject(message.ancestors[j], options, _depth + 1);
                }
                if (message.argvMissing != null && $Object.hasOwnProperty.call(message, "argvMissing"))
                    object.argvMissing = message.argvMissing;
                return object;
            };

            /**
             * Converts this ProcessStart to JSON.
             * @function toJSON
             * @memberof vigil.v1.ProcessStart
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProcessStart.prototype.toJSON = function() {
                return ProcessStart.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProcessStart
             * @function getTypeUrl
             * @memberof vigil.v1.ProcessStart
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProcessStart.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.ProcessStart";
            };

            return ProcessStart;
        })();

        v1.ProcessAncestor = (function() {

            /**
             * Properties of a ProcessAncestor.
             * @typedef {Object} vigil.v1.ProcessAncestor.$Properties
             * @property {number|null} [pid] ProcessAncestor pid
             * @property {string|null} [exe] ProcessAncestor exe
             * @property {Array.<string>|null} [argv] ProcessAncestor argv
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProcessAncestor.
             * @memberof vigil.v1
             * @interface IProcessAncestor
             * @augments vigil.v1.ProcessAncestor.$Properties
             * @deprecated Use vigil.v1.ProcessAncestor.$Properties instead.
             */

            /**
             * Shape of a ProcessAncestor.
             * @typedef {vigil.v1.ProcessAncestor.$Properties} vigil.v1.ProcessAncestor.$Shape
             */

            /**
             * Constructs a new ProcessAncestor.
             * @memberof vigil.v1
             * @classdesc Represents a ProcessAncestor.
             * @constructor
             * @param {vigil.v1.ProcessAncestor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProcessAncestor = function (properties) {
                this.argv = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProcessAncestor pid.
             * @member {number} pid
             * @memberof vigil.v1.ProcessAncestor
             * @instance
             */
            ProcessAncestor.prototype.pid = 0;

            /**
             * ProcessAncestor exe.
             * @member {string} exe
             * @memberof vigil.v1.ProcessAncestor
             * @instance
             */
            ProcessAncestor.prototype.exe = "";

            /**
             * ProcessAncestor argv.
             * @member {Array.<string>} argv
             * @memberof vigil.v1.ProcessAncestor
             * @instance
             */
            ProcessAncestor.prototype.argv = $util.emptyArray;

            /**
             * Creates a new ProcessAncestor instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ProcessAncestor
             * @static
             * @param {vigil.v1.ProcessAncestor.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.ProcessAncestor} ProcessAncestor instance
             * @type {{
             *   (properties: vigil.v1.ProcessAncestor.$Shape): vigil.v1.ProcessAncestor & vigil.v1.ProcessAncestor.$Shape;
             *   (properties?: vigil.v1.ProcessAncestor.$Properties): vigil.v1.ProcessAncestor;
             * }}
             */
            ProcessAncestor.create = function(properties) {
                return new ProcessAncestor(properties);
            };

            /**
             * Encodes the specified ProcessAncestor message. Does not implicitly {@link vigil.v1.ProcessAncestor.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ProcessAncestor
             * @static
             * @param {vigil.v1.ProcessAncestor.$Properties} message ProcessAncestor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessAncestor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                if (message.exe != null && $Object.hasOwnProperty.call(message, "exe") && message.exe !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.exe);
                if (message.argv != null && message.argv.length)
                    for (let i = 0; i < message.argv.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.argv[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProcessAncestor message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ProcessAncestor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ProcessAncestor & vigil.v1.ProcessAncestor.$Shape} ProcessAncestor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessAncestor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.ProcessAncestor();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.exe = value;
                            else
                                delete message.exe;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.argv && message.argv.length))
                                message.argv = [];
                            message.argv.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ProcessAncestor message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ProcessAncestor
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ProcessAncestor} ProcessAncestor
             */
            ProcessAncestor.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.ProcessAncestor)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.ProcessAncestor: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.ProcessAncestor();
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.exe != null)
                    if (typeof object.exe !== "string" || object.exe.length)
                        message.exe = $String(object.exe);
                if (object.argv) {
                    if (!$Array.isArray(object.argv))
                        throw $TypeError(".vigil.v1.ProcessAncestor.argv: array expected");
                    message.argv = $Array(object.argv.length);
                    for (let i = 0; i < object.argv.length; ++i)
                        message.argv[i] = $String(object.argv[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ProcessAncestor message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ProcessAncestor
             * @static
             * @param {vigil.v1.ProcessAncestor} message ProcessAncestor
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProcessAncestor.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.argv = [];
                if (options.defaults) {
                    object.pid = 0;
                    object.exe = "";
                }
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.exe != null && $Object.hasOwnProperty.call(message, "exe"))
                    object.exe = message.exe;
                if (message.argv && message.argv.length) {
                    object.argv = $Array(message.argv.length);
                    for (let j = 0; j < message.argv.length; ++j)
                        object.argv[j] = message.argv[j];
                }
                return object;
            };

            /**
             * Converts this ProcessAncestor to JSON.
             * @function toJSON
             * @memberof vigil.v1.ProcessAncestor
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProcessAncestor.prototype.toJSON = function() {
                return ProcessAncestor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProcessAncestor
             * @function getTypeUrl
             * @memberof vigil.v1.ProcessAncestor
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProcessAncestor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.ProcessAncestor";
            };

            return ProcessAncestor;
        })();

        v1.ProcessExit = (function() {

            /**
             * Properties of a ProcessExit.
             * @typedef {Object} vigil.v1.ProcessExit.$Properties
             * @property {number|null} [pid] ProcessExit pid
             * @property {number|Long|null} [startTimeTicks] ProcessExit startTimeTicks
             * @property {string|null} [exe] ProcessExit exe
             * @property {number|Long|null} [durationMs] ProcessExit durationMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProcessExit.
             * @memberof vigil.v1
             * @interface IProcessExit
             * @augments vigil.v1.ProcessExit.$Properties
             * @deprecated Use vigil.v1.ProcessExit.$Properties instead.
             */

            /**
             * Shape of a ProcessExit.
             * @typedef {vigil.v1.ProcessExit.$Properties} vigil.v1.ProcessExit.$Shape
             */

            /**
             * Constructs a new ProcessExit.
             * @memberof vigil.v1
             * @classdesc Represents a ProcessExit.
             * @constructor
             * @param {vigil.v1.ProcessExit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProcessExit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProcessExit pid.
             * @member {number} pid
             * @memberof vigil.v1.ProcessExit
             * @instance
             */
            ProcessExit.prototype.pid = 0;

            /**
             * ProcessExit startTimeTicks.
             * @member {number|Long} startTimeTicks
             * @memberof vigil.v1.ProcessExit
             * @instance
             */
            ProcessExit.prototype.startTimeTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ProcessExit exe.
             * @member {string} exe
             * @memberof vigil.v1.ProcessExit
             * @instance
             */
            ProcessExit.prototype.exe = "";

            /**
             * ProcessExit durationMs.
             * @member {number|Long} durationMs
             * @memberof vigil.v1.ProcessExit
             * @instance
             */
            ProcessExit.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ProcessExit instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {vigil.v1.ProcessExit.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.ProcessExit} ProcessExit instance
             * @type {{
             *   (properties: vigil.v1.ProcessExit.$Shape): vigil.v1.ProcessExit & vigil.v1.ProcessExit.$Shape;
             *   (properties?: vigil.v1.ProcessExit.$Properties): vigil.v1.ProcessExit;
             * }}
             */
            ProcessExit.create = function(properties) {
                return new ProcessExit(properties);
            };

            /**
             * Encodes the specified ProcessExit message. Does not implicitly {@link vigil.v1.ProcessExit.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {vigil.v1.ProcessExit.$Properties} message ProcessExit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessExit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                if (message.startTimeTicks != null && $Object.hasOwnProperty.call(message, "startTimeTicks") && (typeof message.startTimeTicks === "object" ? message.startTimeTicks.low || message.startTimeTicks.high : message.startTimeTicks !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.startTimeTicks);
                if (message.exe != null && $Object.hasOwnProperty.call(message, "exe") && message.exe !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.exe);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.durationMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProcessExit message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ProcessExit & vigil.v1.ProcessExit.$Shape} ProcessExit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessExit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.ProcessExit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startTimeTicks = value;
                            else
                                delete message.startTimeTicks;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.exe = value;
                            else
                                delete message.exe;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ProcessExit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ProcessExit} ProcessExit
             */
            ProcessExit.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.ProcessExit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.ProcessExit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.ProcessExit();
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.startTimeTicks != null)
                    if (typeof object.startTimeTicks === "object" ? object.startTimeTicks.low || object.startTimeTicks.high : $Number(object.startTimeTicks) !== 0)
                        if ($util.Long)
                            message.startTimeTicks = $util.Long.fromValue(object.startTimeTicks, true);
                        else if (typeof object.startTimeTicks === "string")
                            message.startTimeTicks = $parseInt(object.startTimeTicks, 10);
                        else if (typeof object.startTimeTicks === "number")
                            message.startTimeTicks = object.startTimeTicks;
                        else if (typeof object.startTimeTicks === "object")
                            message.startTimeTicks = new $util.LongBits(object.startTimeTicks.low >>> 0, object.startTimeTicks.high >>> 0).toNumber(true);
                if (object.exe != null)
                    if (typeof object.exe !== "string" || object.exe.length)
                        message.exe = $String(object.exe);
                if (object.durationMs != null)
                    if (typeof object.durationMs === "object" ? object.durationMs.low || object.durationMs.high : $Number(object.durationMs) !== 0)
                        if ($util.Long)
                            message.durationMs = $util.Long.fromValue(object.durationMs, true);
                        else if (typeof object.durationMs === "string")
                            message.durationMs = $parseInt(object.durationMs, 10);
                        else if (typeof object.durationMs === "number")
                            message.durationMs = object.durationMs;
                        else if (typeof object.durationMs === "object")
                            message.durationMs = new $util.LongBits(object.durationMs.low >>> 0, object.durationMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ProcessExit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {vigil.v1.ProcessExit} message ProcessExit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProcessExit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.pid = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startTimeTicks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startTimeTicks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.exe = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.startTimeTicks != null && $Object.hasOwnProperty.call(message, "startTimeTicks"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startTimeTicks = typeof message.startTimeTicks === "number" ? $BigInt(message.startTimeTicks) : $util.Long.fromBits(message.startTimeTicks.low >>> 0, message.startTimeTicks.high >>> 0, true).toBigInt();
                    else if (typeof message.startTimeTicks === "number")
                        object.startTimeTicks = options.longs === $String ? $String(message.startTimeTicks) : message.startTimeTicks;
                    else
                        object.startTimeTicks = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeTicks) : options.longs === $Number ? new $util.LongBits(message.startTimeTicks.low >>> 0, message.startTimeTicks.high >>> 0).toNumber(true) : message.startTimeTicks;
                if (message.exe != null && $Object.hasOwnProperty.call(message, "exe"))
                    object.exe = message.exe;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
                    else if (typeof message.durationMs === "number")
                        object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
                    else
                        object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
                return object;
            };

            /**
             * Converts this ProcessExit to JSON.
             * @function toJSON
             * @memberof vigil.v1.ProcessExit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProcessExit.prototype.toJSON = function() {
                return ProcessExit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProcessExit
             * @function getTypeUrl
             * @memberof vigil.v1.ProcessExit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProcessExit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.ProcessExit";
            };

            return ProcessExit;
        })();

        /**
         * Transport enum.
         * @name vigil.v1.Transport
         * @enum {number}
         * @property {number} TRANSPORT_UNSPECIFIED=0 TRANSPORT_UNSPECIFIED value
         * @property {number} TCP=1 TCP value
         * @property {number} UDP=2 UDP value
         */
        v1.Transport = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TRANSPORT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TCP"] = 1;
            values[valuesById[2] = "UDP"] = 2;
            return values;
        })();

        /**
         * Direction enum.
         * @name vigil.v1.Direction
         * @enum {number}
         * @property {number} DIRECTION_UNSPECIFIED=0 DIRECTION_UNSPECIFIED value
         * @property {number} OUTBOUND=1 OUTBOUND value
         * @property {number} INBOUND=2 INBOUND value
         */
        v1.Direction = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DIRECTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OUTBOUND"] = 1;
            values[valuesById[2] = "INBOUND"] = 2;
            return values;
        })();

        v1.NetworkConnection = (function() {

            /**
             * Properties of a NetworkConnection.
             * @typedef {Object} vigil.v1.NetworkConnection.$Properties
             * @property {vigil.v1.Transport|null} [transport] NetworkConnection transport
             * @property {number|null} [ipVersion] NetworkConnection ipVersion
             * @property {string|null} [localAddress] NetworkConnection localAddress
             * @property {number|null} [localPort] NetworkConnection localPort
             * @property {string|null} [remoteAddress] NetworkConnection remoteAddress
             * @property {number|null} [remotePort] NetworkConnection remotePort
             * @property {string|null} [state] NetworkConnection state
             * @property {vigil.v1.Direction|null} [direction] NetworkConnection direction
             * @property {number|null} [pid] NetworkConnection pid
             * @property {string|null} [exe] NetworkConnection exe
             * @property {number|Long|null} [inode] NetworkConnection inode
             * @property {number|null} [uid] NetworkConnection uid
             * @property {boolean|null} [closed] NetworkConnection closed
             * @property {string|null} [source] NetworkConnection source
             * @property {number|null} [auid] NetworkConnection auid
             * @property {string|null} [result] NetworkConnection result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkConnection.
             * @memberof vigil.v1
             * @interface INetworkConnection
             * @augments vigil.v1.NetworkConnection.$Properties
             * @deprecated Use vigil.v1.NetworkConnection.$Properties instead.
             */

            /**
             * Shape of a NetworkConnection.
             * @typedef {vigil.v1.NetworkConnection.$Properties} vigil.v1.NetworkConnection.$Shape
             */

            /**
             * Constructs a new NetworkConnection.
             * @memberof vigil.v1
             * @classdesc Represents a NetworkConnection.
             * @constructor
             * @param {vigil.v1.NetworkConnection.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkConnection = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NetworkConnection transport.
             * @member {vigil.v1.Transport} transport
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.transport = 0;

            /**
             * NetworkConnection ipVersion.
             * @member {number} ipVersion
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.ipVersion = 0;

            /**
             * NetworkConnection localAddress.
             * @member {string} localAddress
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.localAddress = "";

            /**
             * NetworkConnection localPort.
             * @member {number} localPort
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.localPort = 0;

            /**
             * NetworkConnection remoteAddress.
             * @member {string} remoteAddress
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.remoteAddress = "";

            /**
             * NetworkConnection remotePort.
             * @member {number} remotePort
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.remotePort = 0;

            /**
             * NetworkConnection state.
             * @member {string} state
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.state = "";

            /**
             * NetworkConnection direction.
             * @member {vigil.v1.Direction} direction
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.direction = 0;

            /**
             * NetworkConnection pid.
             * @member {number} pid
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.pid = 0;

            /**
             * NetworkConnection exe.
             * @member {string} exe
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.exe = "";

            /**
             * NetworkConnection inode.
             * @member {number|Long} inode
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.inode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NetworkConnection uid.
             * @member {number} uid
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.uid = 0;

            /**
             * NetworkConnection closed.
             * @member {boolean} closed
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.closed = false;

            /**
             * NetworkConnection source.
             * @member {string} source
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.source = "";

            /**
             * NetworkConnection auid.
             * @member {number} auid
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.auid = 0;

            /**
             * NetworkConnection result.
             * @member {string} result
             * @memberof vigil.v1.NetworkConnection
             * @instance
             */
            NetworkConnection.prototype.result = "";

            /**
             * Creates a new NetworkConnection instance using the specified properties.
             * @function create
             * @memberof vigil.v1.NetworkConnection
             * @static
             * @param {vigil.v1.NetworkConnection.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.NetworkConnection} NetworkConnection instance
             * @type {{
             *   (properties: vigil.v1.NetworkConnection.$Shape): vigil.v1.NetworkConnection & vigil.v1.NetworkConnection.$Shape;
             *   (properties?: vigil.v1.NetworkConnection.$Properties): vigil.v1.NetworkConnection;
             * }}
             */
            NetworkConnection.create = function(properties) {
                return new NetworkConnection(properties);
            };

            /**
             * Encodes the specified NetworkConnection message. Does not implicitly {@link vigil.v1.NetworkConnection.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.NetworkConnection
             * @static
             * @param {vigil.v1.NetworkConnection.$Properties} message NetworkConnection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkConnection.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport") && message.transport !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.transport);
                if (message.ipVersion != null && $Object.hasOwnProperty.call(message, "ipVersion") && message.ipVersion !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ipVersion);
                if (message.localAddress != null && $Object.hasOwnProperty.call(message, "localAddress") && message.localAddress !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.localAddress);
                if (message.localPort != null && $Object.hasOwnProperty.call(message, "localPort") && message.localPort !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.localPort);
                if (message.remoteAddress != null && $Object.hasOwnProperty.call(message, "remoteAddress") && message.remoteAddress !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.remoteAddress);
                if (message.remotePort != null && $Object.hasOwnProperty.call(message, "remotePort") && message.remotePort !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.remotePort);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.state);
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.direction);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.pid);
                if (message.exe != null && $Object.hasOwnProperty.call(message, "exe") && message.exe !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.exe);
                if (message.inode != null && $Object.hasOwnProperty.call(message, "inode") && (typeof message.inode === "object" ? message.inode.low || message.inode.high : message.inode !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.inode);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.uid);
                if (message.closed != null && $Object.hasOwnProperty.call(message, "closed") && message.closed !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.closed);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.source);
                if (message.auid != null && $Object.hasOwnProperty.call(message, "auid") && message.auid !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.auid);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result") && message.result !== "")
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.result);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NetworkConnection message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.NetworkConnection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.NetworkConnection & vigil.v1.NetworkConnection.$Shape} NetworkConnection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkConnection.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.NetworkConnection();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.transport = value;
                            else
                                delete message.transport;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ipVersion = value;
                            else
                                delete message.ipVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.localAddress = value;
                            else
                                delete message.localAddress;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.localPort = value;
                            else
                                delete message.localPort;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.remoteAddress = value;
                            else
                                delete message.remoteAddress;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.remotePort = value;
                            else
                                delete message.remotePort;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.direction = value;
                            else
                                delete message.direction;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.exe = value;
                            else
                                delete message.exe;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.inode = value;
                            else
                                delete message.inode;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.closed = value;
                            else
                                delete message.closed;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.auid = value;
                            else
                                delete message.auid;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.result = value;
                            else
                                delete message.result;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NetworkConnection message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.NetworkConnection
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.NetworkConnection} NetworkConnection
             */
            NetworkConnection.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.NetworkConnection)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.NetworkConnection: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.NetworkConnection();
                if (object.transport !== 0 && (typeof object.transport !== "string" || $root.vigil.v1.Transport[object.transport] !== 0))
                    switch (object.transport) {
                    case "TRANSPORT_UNSPECIFIED":
                    case 0:
                        message.transport = 0;
                        break;
                    case "TCP":
                    case 1:
                        message.transport = 1;
                        break;
                    case "UDP":
                    case 2:
                        message.transport = 2;
                        break;
                    default:
                        if (typeof object.transport === "number" && (object.transport | 0) === object.transport)
                            message.transport = object.transport;
                    }
                if (object.ipVersion != null)
                    if ($Number(object.ipVersion) !== 0)
                        message.ipVersion = object.ipVersion >>> 0;
                if (object.localAddress != null)
                    if (typeof object.localAddress !== "string" || object.localAddress.length)
                        message.localAddress = $String(object.localAddress);
                if (object.localPort != null)
                    if ($Number(object.localPort) !== 0)
                        message.localPort = object.localPort >>> 0;
                if (object.remoteAddress != null)
                    if (typeof object.remoteAddress !== "string" || object.remoteAddress.length)
                        message.remoteAddress = $String(object.remoteAddress);
                if (object.remotePort != null)
                    if ($Number(object.remotePort) !== 0)
                        message.remotePort = object.remotePort >>> 0;
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.direction !== 0 && (typeof object.direction !== "string" || $root.vigil.v1.Direction[object.direction] !== 0))
                    switch (object.direction) {
                    case "DIRECTION_UNSPECIFIED":
                    case 0:
                        message.direction = 0;
                        break;
                    case "OUTBOUND":
                    case 1:
                        message.direction = 1;
                        break;
                    case "INBOUND":
                    case 2:
                        message.direction = 2;
                        break;
                    default:
                        if (typeof object.direction === "number" && (object.direction | 0) === object.direction)
                            message.direction = object.direction;
                    }
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.exe != null)
                    if (typeof object.exe !== "string" || object.exe.length)
                        message.exe = $String(object.exe);
                if (object.inode != null)
                    if (typeof object.inode === "object" ? object.inode.low || object.inode.high : $Number(object.inode) !== 0)
                        if ($util.Long)
                            message.inode = $util.Long.fromValue(object.inode, true);
                        else if (typeof object.inode === "string")
                            message.inode = $parseInt(object.inode, 10);
                        else if (typeof object.inode === "number")
                            message.inode = object.inode;
                        else if (typeof object.inode === "object")
                            message.inode = new $util.LongBits(object.inode.low >>> 0, object.inode.high >>> 0).toNumber(true);
                if (object.uid != null)
                    if ($Number(object.uid) !== 0)
                        message.uid = object.uid >>> 0;
                if (object.closed != null)
                    if (object.closed)
                        message.closed = $Boolean(object.closed);
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.auid != null)
                    if ($Number(object.auid) !== 0)
                        message.auid = object.auid >>> 0;
                if (object.result != null)
                    if (typeof object.result !== "string" || object.result.length)
                        message.result = $String(object.result);
                return message;
            };

            /**
             * Creates a plain object from a NetworkConnection message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.NetworkConnection
             * @static
             * @param {vigil.v1.NetworkConnection} message NetworkConnection
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkConnection.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.transport = options.enums === $String ? "TRANSPORT_UNSPECIFIED" : 0;
                    object.ipVersion = 0;
                    object.localAddress = "";
                    object.localPort = 0;
                    object.remoteAddress = "";
                    object.remotePort = 0;
                    object.state = "";
                    object.direction = options.enums === $String ? "DIRECTION_UNSPECIFIED" : 0;
                    object.pid = 0;
                    object.exe = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.inode = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.inode = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.uid = 0;
                    object.closed = false;
                    object.source = "";
                    object.auid = 0;
                    object.result = "";
                }
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport"))
                    object.transport = options.enums === $String ? $root.vigil.v1.Transport[message.transport] === $undefined ? message.transport : $root.vigil.v1.Transport[message.transport] : message.transport;
                if (message.ipVersion != null && $Object.hasOwnProperty.call(message, "ipVersion"))
                    object.ipVersion = message.ipVersion;
                if (message.localAddress != null && $Object.hasOwnProperty.call(message, "localAddress"))
                    object.localAddress = message.localAddress;
                if (message.localPort != null && $Object.hasOwnProperty.call(message, "localPort"))
                    object.localPort = message.localPort;
                if (message.remoteAddress != null && $Object.hasOwnProperty.call(message, "remoteAddress"))
                    object.remoteAddress = message.remoteAddress;
                if (message.remotePort != null && $Object.hasOwnProperty.call(message, "remotePort"))
                    object.remotePort = message.remotePort;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    object.direction = options.enums === $String ? $root.vigil.v1.Direction[message.direction] === $undefined ? message.direction : $root.vigil.v1.Direction[message.direction] : message.direction;
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.exe != null && $Object.hasOwnProperty.call(message, "exe"))
                    object.exe = message.exe;
                if (message.inode != null && $Object.hasOwnProperty.call(message, "inode"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.inode = typeof message.inode === "number" ? $BigInt(message.inode) : $util.Long.fromBits(message.inode.low >>> 0, message.inode.high >>> 0, true).toBigInt();
                    else if (typeof message.inode === "number")
                        object.inode = options.longs === $String ? $String(message.inode) : message.inode;
                    else
                        object.inode = options.longs === $String ? $util.Long.prototype.toString.call(message.inode) : options.longs === $Number ? new $util.LongBits(message.inode.low >>> 0, message.inode.high >>> 0).toNumber(true) : message.inode;
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.closed != null && $Object.hasOwnProperty.call(message, "closed"))
                    object.closed = message.closed;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.auid != null && $Object.hasOwnProperty.call(message, "auid"))
                    object.auid = message.auid;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = message.result;
                return object;
            };

            /**
             * Converts this NetworkConnection to JSON.
             * @function toJSON
             * @memberof vigil.v1.NetworkConnection
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkConnection.prototype.toJSON = function() {
                return NetworkConnection.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetworkConnection
             * @function getTypeUrl
             * @memberof vigil.v1.NetworkConnection
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetworkConnection.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.NetworkConnection";
            };

            return NetworkConnection;
        })();

        v1.NetworkListener = (function() {

            /**
             * Properties of a NetworkListener.
             * @typedef {Object} vigil.v1.NetworkListener.$Properties
             * @property {vigil.v1.Transport|null} [transport] NetworkListener transport
             * @property {number|null} [ipVersion] NetworkListener ipVersion
             * @property {string|null} [localAddress] NetworkListener localAddress
             * @property {number|null} [localPort] NetworkListener localPort
             * @property {number|null} [pid] NetworkListener pid
             * @property {string|null} [exe] NetworkListener exe
             * @property {number|Long|null} [inode] NetworkListener inode
             * @property {number|null} [uid] NetworkListener uid
             * @property {boolean|null} [closed] NetworkListener closed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkListener.
             * @memberof vigil.v1
             * @interface INetworkListener
             * @augments vigil.v1.NetworkListener.$Properties
             * @deprecated Use vigil.v1.NetworkListener.$Properties instead.
             */

            /**
             * Shape of a NetworkListener.
             * @typedef {vigil.v1.NetworkListener.$Properties} vigil.v1.NetworkListener.$Shape
             */

            /**
             * Constructs a new NetworkListener.
             * @memberof vigil.v1
             * @classdesc Represents a NetworkListener.
             * @constructor
             * @param {vigil.v1.NetworkListener.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkListener = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NetworkListener transport.
             * @member {vigil.v1.Transport} transport
             * @memberof vigil.v1.NetworkListener
             * @instance
             */
            NetworkListener.prototype.transport = 0;

            /**
             * NetworkListener ipVersion.
             * @member {number} ipVersion
             * @memberof vigil.v1.NetworkListener
             * @instance
             */
            NetworkListener.prototype.ipVersion = 0;

            /**
             * NetworkListener localAddress.
             * @member {string} localAddress
             * @memberof vigil.v1.NetworkListener
             * @instance
             */
            NetworkListener.prototype.localAddress = "";

            /**
             * NetworkListener localPort.
             * @member {number} localPort
             * @memberof vigil.v1.NetworkListener
             * @instance
             */
            NetworkListener.prototype.localPort = 0;

            /**
             * NetworkListener pid.
             * @member {number} pid
             * @memberof vigil.v1.NetworkListener
             * @instance
             */
            NetworkListener.prototype.pid = 0;

            /**
             * NetworkListener exe.
             * @member {string} exe
             * @memberof vigil.v1.NetworkListener
             * @instance
             */
            NetworkListener.prototype.exe = "";

            /**
             * NetworkListener inode.
             * @member {number|Long} inode
             * @memberof vigil.v1.NetworkListener
             * @instance
             */
            NetworkListener.prototype.inode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NetworkListener uid.
             * @member {number} uid
             * @memberof vigil.v1.NetworkListener
             * @instance
             */
            NetworkListener.prototype.uid = 0;

            /**
             * NetworkListener closed.
             * @member {boolean} closed
             * @memberof vigil.v1.NetworkListener
             * @instance
             */
            NetworkListener.prototype.closed = false;

            /**
             * Creates a new NetworkListener instance using the specified properties.
             * @function create
             * @memberof vigil.v1.NetworkListener
             * @static
             * @param {vigil.v1.NetworkListener.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.NetworkListener} NetworkListener instance
             * @type {{
             *   (properties: vigil.v1.NetworkListener.$Shape): vigil.v1.NetworkListener & vigil.v1.NetworkListener.$Shape;
             *   (properties?: vigil.v1.NetworkListener.$Properties): vigil.v1.NetworkListener;
             * }}
             */
            NetworkListener.create = function(properties) {
                return new NetworkListener(properties);
            };

            /**
             * Encodes the specified NetworkListener message. Does not implicitly {@link vigil.v1.NetworkListener.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.NetworkListener
             * @static
             * @param {vigil.v1.NetworkListener.$Properties} message NetworkListener message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkListener.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport") && message.transport !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.transport);
                if (message.ipVersion != null && $Object.hasOwnProperty.call(message, "ipVersion") && message.ipVersion !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ipVersion);
                if (message.localAddress != null && $Object.hasOwnProperty.call(message, "localAddress") && message.localAddress !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.localAddress);
                if (message.localPort != null && $Object.hasOwnProperty.call(message, "localPort") && message.localPort !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.localPort);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.pid);
                if (message.exe != null && $Object.hasOwnProperty.call(message, "exe") && message.exe !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.exe);
                if (message.inode != null && $Object.hasOwnProperty.call(message, "inode") && (typeof message.inode === "object" ? message.inode.low || message.inode.high : message.inode !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.inode);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.uid);
                if (message.closed != null && $Object.hasOwnProperty.call(message, "closed") && message.closed !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.closed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NetworkListener message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.NetworkListener
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.NetworkListener & vigil.v1.NetworkListener.$Shape} NetworkListener
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkListener.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.NetworkListener();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.transport = value;
                            else
                                delete message.transport;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ipVersion = value;
                            else
                                delete message.ipVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.localAddress = value;
                            else
                                delete message.localAddress;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.localPort = value;
                            else
                                delete message.localPort;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.exe = value;
                            else
                                delete message.exe;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.inode = value;
                            else
                                delete message.inode;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.closed = value;
                            else
                                delete message.closed;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NetworkListener message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.NetworkListener
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.NetworkListener} NetworkListener
             */
            NetworkListener.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.NetworkListener)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.NetworkListener: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.NetworkListener();
                if (object.transport !== 0 && (typeof object.transport !== "string" || $root.vigil.v1.Transport[object.transport] !== 0))
                    switch (object.transport) {
                    case "TRANSPORT_UNSPECIFIED":
                    case 0:
                        message.transport = 0;
                        break;
                    case "TCP":
                    case 1:
                        message.transport = 1;
                        break;
                    case "UDP":
                    case 2:
                        message.transport = 2;
                        break;
                    default:
                        if (typeof object.transport === "number" && (object.transport | 0) === object.transport)
                            message.transport = object.transport;
                    }
                if (object.ipVersion != null)
                    if ($Number(object.ipVersion) !== 0)
                        message.ipVersion = object.ipVersion >>> 0;
                if (object.localAddress != null)
                    if (typeof object.localAddress !== "string" || object.localAddress.length)
                        message.localAddress = $String(object.localAddress);
                if (object.localPort != null)
                    if ($Number(object.localPort) !== 0)
                        message.localPort = object.localPort >>> 0;
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.exe != null)
                    if (typeof object.exe !== "string" || object.exe.length)
                        message.exe = $String(object.exe);
                if (object.inode != null)
                    if (typeof object.inode === "object" ? object.inode.low || object.inode.high : $Number(object.inode) !== 0)
                        if ($util.Long)
                            message.inode = $util.Long.fromValue(object.inode, true);
                        else if (typeof object.inode === "string")
                            message.inode = $parseInt(object.inode, 10);
                        else if (typeof object.inode === "number")
                            message.inode = object.inode;
                        else if (typeof object.inode === "object")
                            message.inode = new $util.LongBits(object.inode.low >>> 0, object.inode.high >>> 0).toNumber(true);
                if (object.uid != null)
                    if ($Number(object.uid) !== 0)
                        message.uid = object.uid >>> 0;
                if (object.closed != null)
                    if (object.closed)
                        message.closed = $Boolean(object.closed);
                return message;
            };

            /**
             * Creates a plain object from a NetworkListener message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.NetworkListener
             * @static
             * @param {vigil.v1.NetworkListener} message NetworkListener
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkListener.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.transport = options.enums === $String ? "TRANSPORT_UNSPECIFIED" : 0;
                    object.ipVersion = 0;
                    object.localAddress = "";
                    object.localPort = 0;
                    object.pid = 0;
                    object.exe = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.inode = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.inode = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.uid = 0;
                    object.closed = false;
                }
                if (message.transport != null && $Object.hasOwnProperty.call(message, "transport"))
                    object.transport = options.enums === $String ? $root.vigil.v1.Transport[message.transport] === $undefined ? message.transport : $root.vigil.v1.Transport[message.transport] : message.transport;
                if (message.ipVersion != null && $Object.hasOwnProperty.call(message, "ipVersion"))
                    object.ipVersion = message.ipVersion;
                if (message.localAddress != null && $Object.hasOwnProperty.call(message, "localAddress"))
                    object.localAddress = message.localAddress;
                if (message.localPort != null && $Object.hasOwnProperty.call(message, "localPort"))
                    object.localPort = message.localPort;
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.exe != null && $Object.hasOwnProperty.call(message, "exe"))
                    object.exe = message.exe;
                if (message.inode != null && $Object.hasOwnProperty.call(message, "inode"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.inode = typeof message.inode === "number" ? $BigInt(message.inode) : $util.Long.fromBits(message.inode.low >>> 0, message.inode.high >>> 0, true).toBigInt();
                    else if (typeof message.inode === "number")
                        object.inode = options.longs === $String ? $String(message.inode) : message.inode;
                    else
                        object.inode = options.longs === $String ? $util.Long.prototype.toString.call(message.inode) : options.longs === $Number ? new $util.LongBits(message.inode.low >>> 0, message.inode.high >>> 0).toNumber(true) : message.inode;
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.closed != null && $Object.hasOwnProperty.call(message, "closed"))
                    object.closed = message.closed;
                return object;
            };

            /**
             * Converts this NetworkListener to JSON.
             * @function toJSON
             * @memberof vigil.v1.NetworkListener
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkListener.prototype.toJSON = function() {
                return NetworkListener.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetworkListener
             * @function getTypeUrl
             * @memberof vigil.v1.NetworkListener
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetworkListener.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.NetworkListener";
            };

            return NetworkListener;
        })();

        v1.LogRecord = (function() {

            /**
             * Properties of a LogRecord.
             * @typedef {Object} vigil.v1.LogRecord.$Properties
             * @property {string|null} [source] LogRecord source
             * @property {string|null} [raw] LogRecord raw
             * @property {string|null} [parser] LogRecord parser
             * @property {string|null} [action] LogRecord action
             * @property {Object.<string,string>|null} [fields] LogRecord fields
             * @property {boolean|null} [truncated] LogRecord truncated
             * @property {number|Long|null} [offset] LogRecord offset
             * @property {string|null} [cursor] LogRecord cursor
             * @property {string|null} [program] LogRecord program
             * @property {string|null} [hostname] LogRecord hostname
             * @property {boolean|null} [programVerified] LogRecord programVerified
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogRecord.
             * @memberof vigil.v1
             * @interface ILogRecord
             * @augments vigil.v1.LogRecord.$Properties
             * @deprecated Use vigil.v1.LogRecord.$Properties instead.
             */

            /**
             * Shape of a LogRecord.
             * @typedef {vigil.v1.LogRecord.$Properties} vigil.v1.LogRecord.$Shape
             */

            /**
             * Constructs a new LogRecord.
             * @memberof vigil.v1
             * @classdesc Represents a LogRecord.
             * @constructor
             * @param {vigil.v1.LogRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogRecord = function (properties) {
                this.fields = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogRecord source.
             * @member {string} source
             * @memberof vigil.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.source = "";

            /**
             * LogRecord raw.
             * @member {string} raw
             * @memberof vigil.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.raw = "";

            /**
             * LogRecord parser.
             * @member {string} parser
             * @memberof vigil.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.parser = "";

            /**
             * LogRecord action.
             * @member {string} action
             * @memberof vigil.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.action = "";

            /**
             * LogRecord fields.
             * @member {Object.<string,string>} fields
             * @memberof vigil.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.fields = $util.emptyObject;

            /**
             * LogRecord truncated.
             * @member {boolean} truncated
             * @memberof vigil.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.truncated = false;

            /**
             * LogRecord offset.
             * @member {number|Long} offset
             * @memberof vigil.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LogRecord cursor.
             * @member {string} cursor
             * @memberof vigil.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.cursor = "";

            /**
             * LogRecord program.
             * @member {string} program
             * @memberof vigil.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.program = "";

            /**
             * LogRecord hostname.
             * @member {string} hostname
             * @memberof vigil.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.hostname = "";

            /**
             * LogRecord programVerified.
             * @member {boolean} programVerified
             * @memberof vigil.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.programVerified = false;

            /**
             * Creates a new LogRecord instance using the specified properties.
             * @function create
             * @memberof vigil.v1.LogRecord
             * @static
             * @param {vigil.v1.LogRecord.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.LogRecord} LogRecord instance
             * @type {{
             *   (properties: vigil.v1.LogRecord.$Shape): vigil.v1.LogRecord & vigil.v1.LogRecord.$Shape;
             *   (properties?: vigil.v1.LogRecord.$Properties): vigil.v1.LogRecord;
             * }}
             */
            LogRecord.create = function(properties) {
                return new LogRecord(properties);
            };

            /**
             * Encodes the specified LogRecord message. Does not implicitly {@link vigil.v1.LogRecord.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.LogRecord
             * @static
             * @param {vigil.v1.LogRecord.$Properties} message LogRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.source);
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw") && message.raw !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.raw);
                if (message.parser != null && $Object.hasOwnProperty.call(message, "parser") && message.parser !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.parser);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.action);
                if (message.fields != null && $Object.hasOwnProperty.call(message, "fields"))
                    for (let keys = $Object.keys(message.fields), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.fields[keys[i]]).ldelim();
                if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated") && message.truncated !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.truncated);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.offset);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.cursor);
                if (message.program != null && $Object.hasOwnProperty.call(message, "program") && message.program !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.program);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.hostname);
                if (message.programVerified != null && $Object.hasOwnProperty.call(message, "programVerified") && message.programVerified !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.programVerified);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LogRecord message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.LogRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.LogRecord & vigil.v1.LogRecord.$Shape} LogRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.LogRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.raw = value;
                            else
                                delete message.raw;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.parser = value;
                            else
                                delete message.parser;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.fields === $util.emptyObject)
                                message.fields = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.fields, key);
                            message.fields[key] = value;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.truncated = value;
                            else
                                delete message.truncated;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.program = value;
                            else
                                delete message.program;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.programVerified = value;
                            else
                                delete message.programVerified;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a LogRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.LogRecord
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.LogRecord} LogRecord
             */
            LogRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.LogRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.LogRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.LogRecord();
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.raw != null)
                    if (typeof object.raw !== "string" || object.raw.length)
                        message.raw = $String(object.raw);
                if (object.parser != null)
                    if (typeof object.parser !== "string" || object.parser.length)
                        message.parser = $String(object.parser);
                if (object.action != null)
                    if (typeof object.action !== "string" || object.action.length)
                        message.action = $String(object.action);
                if (object.fields) {
                    if (!$util.isObject(object.fields))
                        throw $TypeError(".vigil.v1.LogRecord.fields: object expected");
                    message.fields = {};
                    for (let keys = $Object.keys(object.fields), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.fields, keys[i]);
                        message.fields[keys[i]] = $String(object.fields[keys[i]]);
                    }
                }
                if (object.truncated != null)
                    if (object.truncated)
                        message.truncated = $Boolean(object.truncated);
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                if (object.cursor != null)
                    if (typeof object.cursor !== "string" || object.cursor.length)
                        message.cursor = $String(object.cursor);
                if (object.program != null)
                    if (typeof object.program !== "string" || object.program.length)
                        message.program = $String(object.program);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.programVerified != null)
                    if (object.programVerified)
                        message.programVerified = $Boolean(object.programVerified);
                return message;
            };

            /**
             * Creates a plain object from a LogRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.LogRecord
             * @static
             * @param {vigil.v1.LogRecord} message LogRecord
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.fields = {};
                if (options.defaults) {
                    object.source = "";
                    object.raw = "";
                    object.parser = "";
                    object.action = "";
                    object.truncated = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cursor = "";
                    object.program = "";
                    object.hostname = "";
                    object.programVerified = false;
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                    object.raw = message.raw;
                if (message.parser != null && $Object.hasOwnProperty.call(message, "parser"))
                    object.parser = message.parser;
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    object.action = message.action;
                let keys2;
                if (message.fields && (keys2 = $Object.keys(message.fields)).length) {
                    object.fields = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.fields, keys2[j]);
                        object.fields[keys2[j]] = message.fields[keys2[j]];
                    }
                }
                if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated"))
                    object.truncated = message.truncated;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                if (message.program != null && $Object.hasOwnProperty.call(message, "program"))
                    object.program = message.program;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.programVerified != null && $Object.hasOwnProperty.call(message, "programVerified"))
                    object.programVerified = message.programVerified;
                return object;
            };

            /**
             * Converts this LogRecord to JSON.
             * @function toJSON
             * @memberof vigil.v1.LogRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogRecord.prototype.toJSON = function() {
                return LogRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LogRecord
             * @function getTypeUrl
             * @memberof vigil.v1.LogRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LogRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.LogRecord";
            };

            return LogRecord;
        })();

        /**
         * FileAction enum.
         * @name vigil.v1.FileAction
         * @enum {number}
         * @property {number} FILE_ACTION_UNSPECIFIED=0 FILE_ACTION_UNSPECIFIED value
         * @property {number} CREATED=1 CREATED value
         * @property {number} MODIFIED=2 MODIFIED value
         * @property {number} DELETED=3 DELETED value
         * @property {number} RENAMED=4 RENAMED value
         * @property {number} ATTRIBUTES=5 ATTRIBUTES value
         */
        v1.FileAction = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "FILE_ACTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CREATED"] = 1;
            values[valuesById[2] = "MODIFIED"] = 2;
            values[valuesById[3] = "DELETED"] = 3;
            values[valuesById[4] = "RENAMED"] = 4;
            values[valuesById[5] = "ATTRIBUTES"] = 5;
            return values;
        })();

        v1.FileState = (function() {

            /**
             * Properties of a FileState.
             * @typedef {Object} vigil.v1.FileState.$Properties
             * @property {string|null} [sha256] FileState sha256
             * @property {number|null} [mode] FileState mode
             * @property {number|null} [uid] FileState uid
             * @property {number|null} [gid] FileState gid
             * @property {number|Long|null} [size] FileState size
             * @property {number|Long|null} [mtimeMs] FileState mtimeMs
             * @property {number|Long|null} [inode] FileState inode
             * @property {boolean|null} [exists] FileState exists
             * @property {string|null} [linkTarget] FileState linkTarget
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FileState.
             * @memberof vigil.v1
             * @interface IFileState
             * @augments vigil.v1.FileState.$Properties
             * @deprecated Use vigil.v1.FileState.$Properties instead.
             */

            /**
             * Shape of a FileState.
             * @typedef {vigil.v1.FileState.$Properties} vigil.v1.FileState.$Shape
             */

            /**
             * Constructs a new FileState.
             * @memberof vigil.v1
             * @classdesc Represents a FileState.
             * @constructor
             * @param {vigil.v1.FileState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FileState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FileState sha256.
             * @member {string} sha256
             * @memberof vigil.v1.FileState
             * @instance
             */
            FileState.prototype.sha256 = "";

            /**
             * FileState mode.
             * @member {number} mode
             * @memberof vigil.v1.FileState
             * @instance
             */
            FileState.prototype.mode = 0;

            /**
             * FileState uid.
             * @member {number} uid
             * @memberof vigil.v1.FileState
             * @instance
             */
            FileState.prototype.uid = 0;

            /**
             * FileState gid.
             * @member {number} gid
             * @memberof vigil.v1.FileState
             * @instance
             */
            FileState.prototype.gid = 0;

            /**
             * FileState size.
             * @member {number|Long} size
             * @memberof vigil.v1.FileState
             * @instance
             */
            FileState.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FileState mtimeMs.
             * @member {number|Long} mtimeMs
             * @memberof vigil.v1.FileState
             * @instance
             */
            FileState.prototype.mtimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FileState inode.
             * @member {number|Long} inode
             * @memberof vigil.v1.FileState
             * @instance
             */
            FileState.prototype.inode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FileState exists.
             * @member {boolean} exists
             * @memberof vigil.v1.FileState
             * @instance
             */
            FileState.prototype.exists = false;

            /**
             * FileState linkTarget.
             * @member {string} linkTarget
             * @memberof vigil.v1.FileState
             * @instance
             */
            FileState.prototype.linkTarget = "";

            /**
             * Creates a new FileState instance using the specified properties.
             * @function create
             * @memberof vigil.v1.FileState
             * @static
             * @param {vigil.v1.FileState.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.FileState} FileState instance
             * @type {{
             *   (properties: vigil.v1.FileState.$Shape): vigil.v1.FileState & vigil.v1.FileState.$Shape;
             *   (properties?: vigil.v1.FileState.$Properties): vigil.v1.FileState;
             * }}
             */
            FileState.create = function(properties) {
                return new FileState(properties);
            };

            /**
             * Encodes the specified FileState message. Does not implicitly {@link vigil.v1.FileState.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.FileState
             * @static
             * @param {vigil.v1.FileState.$Properties} message FileState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sha256);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.mode);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.uid);
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid") && message.gid !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.gid);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.size);
                if (message.mtimeMs != null && $Object.hasOwnProperty.call(message, "mtimeMs") && (typeof message.mtimeMs === "object" ? message.mtimeMs.low || message.mtimeMs.high : message.mtimeMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.mtimeMs);
                if (message.inode != null && $Object.hasOwnProperty.call(message, "inode") && (typeof message.inode === "object" ? message.inode.low || message.inode.high : message.inode !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.inode);
                if (message.exists != null && $Object.hasOwnProperty.call(message, "exists") && message.exists !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.exists);
                if (message.linkTarget != null && $Object.hasOwnProperty.call(message, "linkTarget") && message.linkTarget !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.linkTarget);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FileState message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.FileState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.FileState & vigil.v1.FileState.$Shape} FileState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.FileState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.gid = value;
                            else
                                delete message.gid;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.mtimeMs = value;
                            else
                                delete message.mtimeMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.inode = value;
                            else
                                delete message.inode;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.exists = value;
                            else
                                delete message.exists;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.linkTarget = value;
                            else
                                delete message.linkTarget;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a FileState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.FileState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.FileState} FileState
             */
            FileState.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.FileState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.FileState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.FileState();
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.mode != null)
                    if ($Number(object.mode) !== 0)
                        message.mode = object.mode >>> 0;
                if (object.uid != null)
                    if ($Number(object.uid) !== 0)
                        message.uid = object.uid >>> 0;
                if (object.gid != null)
                    if ($Number(object.gid) !== 0)
                        message.gid = object.gid >>> 0;
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                if (object.mtimeMs != null)
                    if (typeof object.mtimeMs === "object" ? object.mtimeMs.low || object.mtimeMs.high : $Number(object.mtimeMs) !== 0)
                        if ($util.Long)
                            message.mtimeMs = $util.Long.fromValue(object.mtimeMs, true);
                        else if (typeof object.mtimeMs === "string")
                            message.mtimeMs = $parseInt(object.mtimeMs, 10);
                        else if (typeof object.mtimeMs === "number")
                            message.mtimeMs = object.mtimeMs;
                        else if (typeof object.mtimeMs === "object")
                            message.mtimeMs = new $util.LongBits(object.mtimeMs.low >>> 0, object.mtimeMs.high >>> 0).toNumber(true);
                if (object.inode != null)
                    if (typeof object.inode === "object" ? object.inode.low || object.inode.high : $Number(object.inode) !== 0)
                        if ($util.Long)
                            message.inode = $util.Long.fromValue(object.inode, true);
                        else if (typeof object.inode === "string")
                            message.inode = $parseInt(object.inode, 10);
                        else if (typeof object.inode === "number")
                            message.inode = object.inode;
                        else if (typeof object.inode === "object")
                            message.inode = new $util.LongBits(object.inode.low >>> 0, object.inode.high >>> 0).toNumber(true);
                if (object.exists != null)
                    if (object.exists)
                        message.exists = $Boolean(object.exists);
                if (object.linkTarget != null)
                    if (typeof object.linkTarget !== "string" || object.linkTarget.length)
                        message.linkTarget = $String(object.linkTarget);
                return message;
            };

            /**
             * Creates a plain object from a FileState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.FileState
             * @static
             * @param {vigil.v1.FileState} message FileState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sha256 = "";
                    object.mode = 0;
                    object.uid = 0;
                    object.gid = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.mtimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.mtimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.inode = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.inode = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.exists = false;
                    object.linkTarget = "";
                }
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = message.mode;
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.gid != null && $Object.hasOwnProperty.call(message, "gid"))
                    object.gid = message.gid;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                if (message.mtimeMs != null && $Object.hasOwnProperty.call(message, "mtimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.mtimeMs = typeof message.mtimeMs === "number" ? $BigInt(message.mtimeMs) : $util.Long.fromBits(message.mtimeMs.low >>> 0, message.mtimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.mtimeMs === "number")
                        object.mtimeMs = options.longs === $String ? $String(message.mtimeMs) : message.mtimeMs;
                    else
                        object.mtimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.mtimeMs) : options.longs === $Number ? new $util.LongBits(message.mtimeMs.low >>> 0, message.mtimeMs.high >>> 0).toNumber(true) : message.mtimeMs;
                if (message.inode != null && $Object.hasOwnProperty.call(message, "inode"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.inode = typeof message.inode === "number" ? $BigInt(message.inode) : $util.Long.fromBits(message.inode.low >>> 0, message.inode.high >>> 0, true).toBigInt();
                    else if (typeof message.inode === "number")
                        object.inode = options.longs === $String ? $String(message.inode) : message.inode;
                    else
                        object.inode = options.longs === $String ? $util.Long.prototype.toString.call(message.inode) : options.longs === $Number ? new $util.LongBits(message.inode.low >>> 0, message.inode.high >>> 0).toNumber(true) : message.inode;
                if (message.exists != null && $Object.hasOwnProperty.call(message, "exists"))
                    object.exists = message.exists;
                if (message.linkTarget != null && $Object.hasOwnProperty.call(message, "linkTarget"))
                    object.linkTarget = message.linkTarget;
                return object;
            };

            /**
             * Converts this FileState to JSON.
             * @function toJSON
             * @memberof vigil.v1.FileState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileState.prototype.toJSON = function() {
                return FileState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FileState
             * @function getTypeUrl
             * @memberof vigil.v1.FileState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FileState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.FileState";
            };

            return FileState;
        })();

        v1.FileChange = (function() {

            /**
             * Properties of a FileChange.
             * @typedef {Object} vigil.v1.FileChange.$Properties
             * @property {string|null} [path] FileChange path
             * @property {vigil.v1.FileAction|null} [action] FileChange action
             * @property {vigil.v1.FileState.$Properties|null} [before] FileChange before
             * @property {vigil.v1.FileState.$Properties|null} [after] FileChange after
             * @property {string|null} [renamedFrom] FileChange renamedFrom
             * @property {string|null} [watch] FileChange watch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FileChange.
             * @memberof vigil.v1
             * @interface IFileChange
             * @augments vigil.v1.FileChange.$Properties
             * @deprecated Use vigil.v1.FileChange.$Properties instead.
             */

            /**
             * Shape of a FileChange.
             * @typedef {vigil.v1.FileChange.$Properties} vigil.v1.FileChange.$Shape
             */

            /**
             * Constructs a new FileChange.
             * @memberof vigil.v1
             * @classdesc Represents a FileChange.
             * @constructor
             * @param {vigil.v1.FileChange.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FileChange = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FileChange path.
             * @member {string} path
             * @memberof vigil.v1.FileChange
             * @instance
             */
            FileChange.prototype.path = "";

            /**
             * FileChange action.
             * @member {vigil.v1.FileAction} action
             * @memberof vigil.v1.FileChange
             * @instance
             */
            FileChange.prototype.action = 0;

            /**
             * FileChange before.
             * @member {vigil.v1.FileState.$Properties|null|undefined} before
             * @memberof vigil.v1.FileChange
             * @instance
             */
            FileChange.prototype.before = null;

            /**
             * FileChange after.
             * @member {vigil.v1.FileState.$Properties|null|undefined} after
             * @memberof vigil.v1.FileChange
             * @instance
             */
            FileChange.prototype.after = null;

            /**
             * FileChange renamedFrom.
             * @member {string} renamedFrom
             * @memberof vigil.v1.FileChange
             * @instance
             */
            FileChange.prototype.renamedFrom = "";

            /**
             * FileChange watch.
             * @member {string} watch
             * @memberof vigil.v1.FileChange
             * @instance
             */
            FileChange.prototype.watch = "";

            /**
             * Creates a new FileChange instance using the specified properties.
             * @function create
             * @memberof vigil.v1.FileChange
             * @static
             * @param {vigil.v1.FileChange.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.FileChange} FileChange instance
             * @type {{
             *   (properties: vigil.v1.FileChange.$Shape): vigil.v1.FileChange & vigil.v1.FileChange.$Shape;
             *   (properties?: vigil.v1.FileChange.$Properties): vigil.v1.FileChange;
             * }}
             */
            FileChange.create = function(properties) {
                return new FileChange(properties);
            };

            /**
             * Encodes the specified FileChange message. Does not implicitly {@link vigil.v1.FileChange.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.FileChange
             * @static
             * @param {vigil.v1.FileChange.$Properties} message FileChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileChange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.action);
                if (message.before != null && $Object.hasOwnProperty.call(message, "before"))
                    $root.vigil.v1.FileState.encode(message.before, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.after != null && $Object.hasOwnProperty.call(message, "after"))
                    $root.vigil.v1.FileState.encode(message.after, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.renamedFrom != null && $Object.hasOwnProperty.call(message, "renamedFrom") && message.renamedFrom !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.renamedFrom);
                if (message.watch != null && $Object.hasOwnProperty.call(message, "watch") && message.watch !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.watch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FileChange message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.FileChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.FileChange & vigil.v1.FileChange.$Shape} FileChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileChange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.FileChange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.before = $root.vigil.v1.FileState.decode(reader, reader.size(), $undefined, _depth + 1, message.before);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.after = $root.vigil.v1.FileState.decode(reader, reader.size(), $undefined, _depth + 1, message.after);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.renamedFrom = value;
                            else
                                delete message.renamedFrom;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.watch = value;
                            else
                                delete message.watch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a FileChange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.FileChange
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.FileChange} FileChange
             */
            FileChange.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.FileChange)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.FileChange: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.FileChange();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.action !== 0 && (typeof object.action !== "string" || $root.vigil.v1.FileAction[object.action] !== 0))
                    switch (object.action) {
                    case "FILE_ACTION_UNSPECIFIED":
                    case 0:
                        message.action = 0;
                        break;
                    case "CREATED":
                    case 1:
                        message.action = 1;
                        break;
                    case "MODIFIED":
                    case 2:
                        message.action = 2;
                        break;
                    case "DELETED":
                    case 3:
                        message.action = 3;
                        break;
                    case "RENAMED":
                    case 4:
                        message.action = 4;
                        break;
                    case "ATTRIBUTES":
                    case 5:
                        message.action = 5;
                        break;
                    default:
                        if (typeof object.action === "number" && (object.action | 0) === object.action)
                            message.action = object.action;
                    }
                if (object.before != null) {
                    if (!$util.isObject(object.before))
                        throw $TypeError(".vigil.v1.FileChange.before: object expected");
                    message.before = $root.vigil.v1.FileState.fromObject(object.before, _depth + 1);
                }
                if (object.after != null) {
                    if (!$util.isObject(object.after))
                        throw $TypeError(".vigil.v1.FileChange.after: object expected");
                    message.after = $root.vigil.v1.FileState.fromObject(object.after, _depth + 1);
                }
                if (object.renamedFrom != null)
                    if (typeof object.renamedFrom !== "string" || object.renamedFrom.length)
                        message.renamedFrom = $String(object.renamedFrom);
                if (object.watch != null)
                    if (typeof object.watch !== "string" || object.watch.length)
                        message.watch = $String(object.watch);
                return message;
            };

            /**
             * Creates a plain object from a FileChange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.FileChange
             * @static
             * @param {vigil.v1.FileChange} message FileChange
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileChange.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    object.action = options.enums === $String ? "FILE_ACTION_UNSPECIFIED" : 0;
                    object.before = null;
                    object.after = null;
                    object.renamedFrom = "";
                    object.watch = "";
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    object.action = options.enums === $String ? $root.vigil.v1.FileAction[message.action] === $undefined ? message.action : $root.vigil.v1.FileAction[message.action] : message.action;
                if (message.before != null && $Object.hasOwnProperty.call(message, "before"))
                    object.before = $root.vigil.v1.FileState.toObject(message.before, options, _depth + 1);
                if (message.after != null && $Object.hasOwnProperty.call(message, "after"))
                    object.after = $root.vigil.v1.FileState.toObject(message.after, options, _depth + 1);
                if (message.renamedFrom != null && $Object.hasOwnProperty.call(message, "renamedFrom"))
                    object.renamedFrom = message.renamedFrom;
                if (message.watch != null && $Object.hasOwnProperty.call(message, "watch"))
                    object.watch = message.watch;
                return object;
            };

            /**
             * Converts this FileChange to JSON.
             * @function toJSON
             * @memberof vigil.v1.FileChange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileChange.prototype.toJSON = function() {
                return FileChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FileChange
             * @function getTypeUrl
             * @memberof vigil.v1.FileChange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FileChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.FileChange";
            };

            return FileChange;
        })();

        v1.NetworkInterface = (function() {

            /**
             * Properties of a NetworkInterface.
             * @typedef {Object} vigil.v1.NetworkInterface.$Properties
             * @property {string|null} [name] NetworkInterface name
             * @property {string|null} [mac] NetworkInterface mac
             * @property {Array.<string>|null} [addresses] NetworkInterface addresses
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkInterface.
             * @memberof vigil.v1
             * @interface INetworkInterface
             * @augments vigil.v1.NetworkInterface.$Properties
             * @deprecated Use vigil.v1.NetworkInterface.$Properties instead.
             */

            /**
             * Shape of a NetworkInterface.
             * @typedef {vigil.v1.NetworkInterface.$Properties} vigil.v1.NetworkInterface.$Shape
             */

            /**
             * Constructs a new NetworkInterface.
             * @memberof vigil.v1
             * @classdesc Represents a NetworkInterface.
             * @constructor
             * @param {vigil.v1.NetworkInterface.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkInterface = function (properties) {
                this.addresses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NetworkInterface name.
             * @member {string} name
             * @memberof vigil.v1.NetworkInterface
             * @instance
             */
            NetworkInterface.prototype.name = "";

            /**
             * NetworkInterface mac.
             * @member {string} mac
             * @memberof vigil.v1.NetworkInterface
             * @instance
             */
            NetworkInterface.prototype.mac = "";

            /**
             * NetworkInterface addresses.
             * @member {Array.<string>} addresses
             * @memberof vigil.v1.NetworkInterface
             * @instance
             */
            NetworkInterface.prototype.addresses = $util.emptyArray;

            /**
             * Creates a new NetworkInterface instance using the specified properties.
             * @function create
             * @memberof vigil.v1.NetworkInterface
             * @static
             * @param {vigil.v1.NetworkInterface.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.NetworkInterface} NetworkInterface instance
             * @type {{
             *   (properties: vigil.v1.NetworkInterface.$Shape): vigil.v1.NetworkInterface & vigil.v1.NetworkInterface.$Shape;
             *   (properties?: vigil.v1.NetworkInterface.$Properties): vigil.v1.NetworkInterface;
             * }}
             */
            NetworkInterface.create = function(properties) {
                return new NetworkInterface(properties);
            };

            /**
             * Encodes the specified NetworkInterface message. Does not implicitly {@link vigil.v1.NetworkInterface.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.NetworkInterface
             * @static
             * @param {vigil.v1.NetworkInterface.$Properties} message NetworkInterface message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkInterface.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.mac);
                if (message.addresses != null && message.addresses.length)
                    for (let i = 0; i < message.addresses.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.addresses[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NetworkInterface message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.NetworkInterface
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.NetworkInterface & vigil.v1.NetworkInterface.$Shape} NetworkInterface
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkInterface.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.NetworkInterface();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NetworkInterface message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.NetworkInterface
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.NetworkInterface} NetworkInterface
             */
            NetworkInterface.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.NetworkInterface)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.NetworkInterface: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.NetworkInterface();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.mac != null)
                    if (typeof object.mac !== "string" || object.mac.length)
                        message.mac = $String(object.mac);
                if (object.addresses) {
                    if (!$Array.isArray(object.addresses))
                        throw $TypeError(".vigil.v1.NetworkInterface.addresses: array expected");
                    message.addresses = $Array(object.addresses.length);
                    for (let i = 0; i < object.addresses.length; ++i)
                        message.addresses[i] = $String(object.addresses[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a NetworkInterface message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.NetworkInterface
             * @static
             * @param {vigil.v1.NetworkInterface} message NetworkInterface
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkInterface.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.addresses = [];
                if (options.defaults) {
                    object.name = "";
                    object.mac = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    object.mac = message.mac;
                if (message.addresses && message.addresses.length) {
                    object.addresses = $Array(message.addresses.length);
                    for (let j = 0; j < message.addresses.length; ++j)
                        object.addresses[j] = message.addresses[j];
                }
                return object;
            };

            /**
             * Converts this NetworkInterface to JSON.
             * @function toJSON
             * @memberof vigil.v1.NetworkInterface
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkInterface.prototype.toJSON = function() {
                return NetworkInterface.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetworkInterface
             * @function getTypeUrl
             * @memberof vigil.v1.NetworkInterface
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetworkInterface.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.NetworkInterface";
            };

            return NetworkInterface;
        })();

        v1.HostInventory = (function() {

            /**
             * Properties of a HostInventory.
             * @typedef {Object} vigil.v1.HostInventory.$Properties
             * @property {string|null} [hostname] HostInventory hostname
             * @property {string|null} [machineId] HostInventory machineId
             * @property {string|null} [osName] HostInventory osName
             * @property {string|null} [osVersion] HostInventory osVersion
             * @property {string|null} [kernel] HostInventory kernel
             * @property {string|null} [arch] HostInventory arch
             * @property {string|null} [cpuModel] HostInventory cpuModel
             * @property {number|null} [cpuCores] HostInventory cpuCores
             * @property {number|Long|null} [memoryBytes] HostInventory memoryBytes
             * @property {Array.<vigil.v1.NetworkInterface.$Properties>|null} [interfaces] HostInventory interfaces
             * @property {number|Long|null} [bootTimeMs] HostInventory bootTimeMs
             * @property {string|null} [agentVersion] HostInventory agentVersion
             * @property {string|null} [nodeVersion] HostInventory nodeVersion
             * @property {Array.<string>|null} [services] HostInventory services
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostInventory.
             * @memberof vigil.v1
             * @interface IHostInventory
             * @augments vigil.v1.HostInventory.$Properties
             * @deprecated Use vigil.v1.HostInventory.$Properties instead.
             */

            /**
             * Shape of a HostInventory.
             * @typedef {vigil.v1.HostInventory.$Properties} vigil.v1.HostInventory.$Shape
             */

            /**
             * Constructs a new HostInventory.
             * @memberof vigil.v1
             * @classdesc Represents a HostInventory.
             * @constructor
             * @param {vigil.v1.HostInventory.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HostInventory = function (properties) {
                this.interfaces = [];
                this.services = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HostInventory hostname.
             * @member {string} hostname
             * @memberof vigil.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.hostname = "";

            /**
             * HostInventory machineId.
             * @member {string} machineId
             * @memberof vigil.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.machineId = "";

            /**
             * HostInventory osName.
             * @member {string} osName
             * @memberof vigil.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.osName = "";

            /**
             * HostInventory osVersion.
             * @member {string} osVersion
             * @memberof vigil.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.osVersion = "";

            /**
             * HostInventory kernel.
             * @member {string} kernel
             * @memberof vigil.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.kernel = "";

            /**
             * HostInventory arch.
             * @member {string} arch
             * @memberof vigil.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.arch = "";

            /**
             * HostInventory cpuModel.
             * @member {string} cpuModel
             * @memberof vigil.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.cpuModel = "";

            /**
             * HostInventory cpuCores.
             * @member {number} cpuCores
             * @memberof vigil.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.cpuCores = 0;

            /**
             * HostInventory memoryBytes.
             * @member {number|Long} memoryBytes
             * @memberof vigil.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HostInventory interfaces.
             * @member {Array.<vigil.v1.NetworkInterface.$Properties>} interfaces
             * @memberof vigil.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.interfaces = $util.emptyArray;

            /**
             * HostInventory bootTimeMs.
             * @member {number|Long} bootTimeMs
             * @memberof vigil.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.bootTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HostInventory agentVersion.
             * @member {string} agentVersion
             * @memberof vigil.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.agentVersion = "";

            /**
             * HostInventory nodeVersion.
             * @member {string} nodeVersion
             * @memberof vigil.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.nodeVersion = "";

            /**
             * HostInventory services.
             * @member {Array.<string>} services
             * @memberof vigil.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.services = $util.emptyArray;

            /**
             * Creates a new HostInventory instance using the specified properties.
             * @function create
             * @memberof vigil.v1.HostInventory
             * @static
             * @param {vigil.v1.HostInventory.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.HostInventory} HostInventory instance
             * @type {{
             *   (properties: vigil.v1.HostInventory.$Shape): vigil.v1.HostInventory & vigil.v1.HostInventory.$Shape;
             *   (properties?: vigil.v1.HostInventory.$Properties): vigil.v1.HostInventory;
             * }}
             */
            HostInventory.create = function(properties) {
                return new HostInventory(properties);
            };

            /**
             * Encodes the specified HostInventory message. Does not implicitly {@link vigil.v1.HostInventory.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.HostInventory
             * @static
             * @param {vigil.v1.HostInventory.$Properties} message HostInventory message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostInventory.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostname);
                if (message.machineId != null && $Object.hasOwnProperty.call(message, "machineId") && message.machineId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.machineId);
                if (message.osName != null && $Object.hasOwnProperty.call(message, "osName") && message.osName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.osName);
                if (message.osVersion != null && $Object.hasOwnProperty.call(message, "osVersion") && message.osVersion !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.osVersion);
                if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel") && message.kernel !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.kernel);
                if (message.arch != null && $Object.hasOwnProperty.call(message, "arch") && message.arch !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.arch);
                if (message.cpuModel != null && $Object.hasOwnProperty.call(message, "cpuModel") && message.cpuModel !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.cpuModel);
                if (message.cpuCores != null && $Object.hasOwnProperty.call(message, "cpuCores") && message.cpuCores !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.cpuCores);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.memoryBytes);
                if (message.interfaces != null && message.interfaces.length)
                    for (let i = 0; i < message.interfaces.length; ++i)
                        $root.vigil.v1.NetworkInterface.encode(message.interfaces[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.bootTimeMs != null && $Object.hasOwnProperty.call(message, "bootTimeMs") && (typeof message.bootTimeMs === "object" ? message.bootTimeMs.low || message.bootTimeMs.high : message.bootTimeMs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.bootTimeMs);
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.agentVersion);
                if (message.nodeVersion != null && $Object.hasOwnProperty.call(message, "nodeVersion") && message.nodeVersion !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.nodeVersion);
                if (message.services != null && message.services.length)
                    for (let i = 0; i < message.services.length; ++i)
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.services[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HostInventory message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.HostInventory
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.HostInventory & vigil.v1.HostInventory.$Shape} HostInventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostInventory.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.HostInventory();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.machineId = value;
                            else
                                delete message.machineId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.osName = value;
                            else
                                delete message.osName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.osVersion = value;
                            else
                                delete message.osVersion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kernel = value;
                            else
                                delete message.kernel;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.arch = value;
                            else
                                delete message.arch;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cpuModel = value;
                            else
                                delete message.cpuModel;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cpuCores = value;
                            else
                                delete message.cpuCores;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.interfaces && message.interfaces.length))
                                message.interfaces = [];
                            message.interfaces.push($root.vigil.v1.NetworkInterface.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bootTimeMs = value;
                            else
                                delete message.bootTimeMs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentVersion = value;
                            else
                                delete message.agentVersion;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeVersion = value;
                            else
                                delete message.nodeVersion;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.services && message.services.length))
                                message.services = [];
                            message.services.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a HostInventory message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.HostInventory
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.HostInventory} HostInventory
             */
            HostInventory.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.HostInventory)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.HostInventory: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.HostInventory();
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.machineId != null)
                    if (typeof object.machineId !== "string" || object.machineId.length)
                        message.machineId = $String(object.machineId);
                if (object.osName != null)
                    if (typeof object.osName !== "string" || object.osName.length)
                        message.osName = $String(object.osName);
                if (object.osVersion != null)
                    if (typeof object.osVersion !== "string" || object.osVersion.length)
                        message.osVersion = $String(object.osVersion);
                if (object.kernel != null)
                    if (typeof object.kernel !== "string" || object.kernel.length)
                        message.kernel = $String(object.kernel);
                if (object.arch != null)
                    if (typeof object.arch !== "string" || object.arch.length)
                        message.arch = $String(object.arch);
                if (object.cpuModel != null)
                    if (typeof object.cpuModel !== "string" || object.cpuModel.length)
                        message.cpuModel = $String(object.cpuModel);
                if (object.cpuCores != null)
                    if ($Number(object.cpuCores) !== 0)
                        message.cpuCores = object.cpuCores >>> 0;
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                if (object.interfaces) {
                    if (!$Array.isArray(object.interfaces))
                        throw $TypeError(".vigil.v1.HostInventory.interfaces: array expected");
                    message.interfaces = $Array(object.interfaces.length);
                    for (let i = 0; i < object.interfaces.length; ++i) {
                        if (!$util.isObject(object.interfaces[i]))
                            throw $TypeError(".vigil.v1.HostInventory.interfaces: object expected");
                        message.interfaces[i] = $root.vigil.v1.NetworkInterface.fromObject(object.interfaces[i], _depth + 1);
                    }
                }
                if (object.bootTimeMs != null)
                    if (typeof object.bootTimeMs === "object" ? object.bootTimeMs.low || object.bootTimeMs.high : $Number(object.bootTimeMs) !== 0)
                        if ($util.Long)
                            message.bootTimeMs = $util.Long.fromValue(object.bootTimeMs, true);
                        else if (typeof object.bootTimeMs === "string")
                            message.bootTimeMs = $parseInt(object.bootTimeMs, 10);
                        else if (typeof object.bootTimeMs === "number")
                            message.bootTimeMs = object.bootTimeMs;
                        else if (typeof object.bootTimeMs === "object")
                            message.bootTimeMs = new $util.LongBits(object.bootTimeMs.low >>> 0, object.bootTimeMs.high >>> 0).toNumber(true);
                if (object.agentVersion != null)
                    if (typeof object.agentVersion !== "string" || object.agentVersion.length)
                        message.agentVersion = $String(object.agentVersion);
                if (object.nodeVersion != null)
                    if (typeof object.nodeVersion !== "string" || object.nodeVersion.length)
                        message.nodeVersion = $String(object.nodeVersion);
                if (object.services) {
                    if (!$Array.isArray(object.services))
                        throw $TypeError(".vigil.v1.HostInventory.services: array expected");
                    message.services = $Array(object.services.length);
                    for (let i = 0; i < object.services.length; ++i)
                        message.services[i] = $String(object.services[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a HostInventory message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.HostInventory
             * @static
             * @param {vigil.v1.HostInventory} message HostInventory
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostInventory.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.interfaces = [];
                    object.services = [];
                }
                if (options.defaults) {
                    object.hostname = "";
                    object.machineId = "";
                    object.osName = "";
                    object.osVersion = "";
                    object.kernel = "";
                    object.arch = "";
                    object.cpuModel = "";
                    object.cpuCores = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bootTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bootTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.agentVersion = "";
                    object.nodeVersion = "";
                }
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.machineId != null && $Object.hasOwnProperty.call(message, "machineId"))
                    object.machineId = message.machineId;
                if (message.osName != null && $Object.hasOwnProperty.call(message, "osName"))
                    object.osName = message.osName;
                if (message.osVersion != null && $Object.hasOwnProperty.call(message, "osVersion"))
                    object.osVersion = message.osVersion;
                if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel"))
                    object.kernel = message.kernel;
                if (message.arch != null && $Object.hasOwnProperty.call(message, "arch"))
                    object.arch = message.arch;
                if (message.cpuModel != null && $Object.hasOwnProperty.call(message, "cpuModel"))
                    object.cpuModel = message.cpuModel;
                if (message.cpuCores != null && $Object.hasOwnProperty.call(message, "cpuCores"))
                    object.cpuCores = message.cpuCores;
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                if (message.interfaces && message.interfaces.length) {
                    object.interfaces = $Array(message.interfaces.length);
                    for (let j = 0; j < message.interfaces.length; ++j)
                        object.interfaces[j] = $root.vigil.v1.NetworkInterface.toObject(message.interfaces[j], options, _depth + 1);
                }
                if (message.bootTimeMs != null && $Object.hasOwnProperty.call(message, "bootTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bootTimeMs = typeof message.bootTimeMs === "number" ? $BigInt(message.bootTimeMs) : $util.Long.fromBits(message.bootTimeMs.low >>> 0, message.bootTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.bootTimeMs === "number")
                        object.bootTimeMs = options.longs === $String ? $String(message.bootTimeMs) : message.bootTimeMs;
                    else
                        object.bootTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.bootTimeMs) : options.longs === $Number ? new $util.LongBits(message.bootTimeMs.low >>> 0, message.bootTimeMs.high >>> 0).toNumber(true) : message.bootTimeMs;
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                    object.agentVersion = message.agentVersion;
                if (message.nodeVersion != null && $Object.hasOwnProperty.call(message, "nodeVersion"))
                    object.nodeVersion = message.nodeVersion;
                if (message.services && message.services.length) {
                    object.services = $Array(message.services.length);
                    for (let j = 0; j < message.services.length; ++j)
                        object.services[j] = message.services[j];
                }
                return object;
            };

            /**
             * Converts this HostInventory to JSON.
             * @function toJSON
             * @memberof vigil.v1.HostInventory
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostInventory.prototype.toJSON = function() {
                return HostInventory.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HostInventory
             * @function getTypeUrl
             * @memberof vigil.v1.HostInventory
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HostInventory.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.HostInventory";
            };

            return HostInventory;
        })();

        v1.SensorError = (function() {

            /**
             * Properties of a SensorError.
             * @typedef {Object} vigil.v1.SensorError.$Properties
             * @property {string|null} [sensor] SensorError sensor
             * @property {string|null} [source] SensorError source
             * @property {string|null} [code] SensorError code
             * @property {string|null} [message] SensorError message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SensorError.
             * @memberof vigil.v1
             * @interface ISensorError
             * @augments vigil.v1.SensorError.$Properties
             * @deprecated Use vigil.v1.SensorError.$Properties instead.
             */

            /**
             * Shape of a SensorError.
             * @typedef {vigil.v1.SensorError.$Properties} vigil.v1.SensorError.$Shape
             */

            /**
             * Constructs a new SensorError.
             * @memberof vigil.v1
             * @classdesc Represents a SensorError.
             * @constructor
             * @param {vigil.v1.SensorError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SensorError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SensorError sensor.
             * @member {string} sensor
             * @memberof vigil.v1.SensorError
             * @instance
             */
            SensorError.prototype.sensor = "";

            /**
             * SensorError source.
             * @member {string} source
             * @memberof vigil.v1.SensorError
             * @instance
             */
            SensorError.prototype.source = "";

            /**
             * SensorError code.
             * @member {string} code
             * @memberof vigil.v1.SensorError
             * @instance
             */
            SensorError.prototype.code = "";

            /**
             * SensorError message.
             * @member {string} message
             * @memberof vigil.v1.SensorError
             * @instance
             */
            SensorError.prototype.message = "";

            /**
             * Creates a new SensorError instance using the specified properties.
             * @function create
             * @memberof vigil.v1.SensorError
             * @static
             * @param {vigil.v1.SensorError.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.SensorError} SensorError instance
             * @type {{
             *   (properties: vigil.v1.SensorError.$Shape): vigil.v1.SensorError & vigil.v1.SensorError.$Shape;
             *   (properties?: vigil.v1.SensorError.$Properties): vigil.v1.SensorError;
             * }}
             */
            SensorError.create = function(properties) {
                return new SensorError(properties);
            };

            /**
             * Encodes the specified SensorError message. Does not implicitly {@link vigil.v1.SensorError.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.SensorError
             * @static
             * @param {vigil.v1.SensorError.$Properties} message SensorError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SensorError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sensor != null && $Object.hasOwnProperty.call(message, "sensor") && message.sensor !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sensor);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.source);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SensorError message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.SensorError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.SensorError & vigil.v1.SensorError.$Shape} SensorError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SensorError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.SensorError();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sensor = value;
                            else
                                delete message.sensor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SensorError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.SensorError
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.SensorError} SensorError
             */
            SensorError.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.SensorError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.SensorError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.SensorError();
                if (object.sensor != null)
                    if (typeof object.sensor !== "string" || object.sensor.length)
                        message.sensor = $String(object.sensor);
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a SensorError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.SensorError
             * @static
             * @param {vigil.v1.SensorError} message SensorError
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SensorError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sensor = "";
                    object.source = "";
                    object.code = "";
                    object.message = "";
                }
                if (message.sensor != null && $Object.hasOwnProperty.call(message, "sensor"))
                    object.sensor = message.sensor;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this SensorError to JSON.
             * @function toJSON
             * @memberof vigil.v1.SensorError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SensorError.prototype.toJSON = function() {
                return SensorError.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SensorError
             * @function getTypeUrl
             * @memberof vigil.v1.SensorError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SensorError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.SensorError";
            };

            return SensorError;
        })();

        v1.AgentHealth = (function() {

            /**
             * Properties of an AgentHealth.
             * @typedef {Object} vigil.v1.AgentHealth.$Properties
             * @property {number|null} [cpuPercent] AgentHealth cpuPercent
             * @property {number|Long|null} [rssBytes] AgentHealth rssBytes
             * @property {number|null} [eventsPerSecond] AgentHealth eventsPerSecond
             * @property {number|Long|null} [spoolBytes] AgentHealth spoolBytes
             * @property {number|Long|null} [spoolEvents] AgentHealth spoolEvents
             * @property {number|Long|null} [droppedEvents] AgentHealth droppedEvents
             * @property {Array.<vigil.v1.SensorError.$Properties>|null} [sensorErrors] AgentHealth sensorErrors
             * @property {boolean|null} [isolated] AgentHealth isolated
             * @property {boolean|null} [dryRun] AgentHealth dryRun
             * @property {number|Long|null} [uptimeMs] AgentHealth uptimeMs
             * @property {string|null} [processSource] AgentHealth processSource
             * @property {string|null} [networkSource] AgentHealth networkSource
             * @property {string|null} [sourceReason] AgentHealth sourceReason
             * @property {number|null} [execCoveragePercent] AgentHealth execCoveragePercent
             * @property {number|Long|null} [auditRecordsLost] AgentHealth auditRecordsLost
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentHealth.
             * @memberof vigil.v1
             * @interface IAgentHealth
             * @augments vigil.v1.AgentHealth.$Properties
             * @deprecated Use vigil.v1.AgentHealth.$Properties instead.
             */

            /**
             * Shape of an AgentHealth.
             * @typedef {vigil.v1.AgentHealth.$Properties} vigil.v1.AgentHealth.$Shape
             */

            /**
             * Constructs a new AgentHealth.
             * @memberof vigil.v1
             * @classdesc Represents an AgentHealth.
             * @constructor
             * @param {vigil.v1.AgentHealth.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgentHealth = function (properties) {
                this.sensorErrors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AgentHealth cpuPercent.
             * @member {number} cpuPercent
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.cpuPercent = 0;

            /**
             * AgentHealth rssBytes.
             * @member {number|Long} rssBytes
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.rssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AgentHealth eventsPerSecond.
             * @member {number} eventsPerSecond
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.eventsPerSecond = 0;

            /**
             * AgentHealth spoolBytes.
             * @member {number|Long} spoolBytes
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.spoolBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AgentHealth spoolEvents.
             * @member {number|Long} spoolEvents
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.spoolEvents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AgentHealth droppedEvents.
             * @member {number|Long} droppedEvents
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.droppedEvents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AgentHealth sensorErrors.
             * @member {Array.<vigil.v1.SensorError.$Properties>} sensorErrors
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.sensorErrors = $util.emptyArray;

            /**
             * AgentHealth isolated.
             * @member {boolean} isolated
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.isolated = false;

            /**
             * AgentHealth dryRun.
             * @member {boolean} dryRun
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.dryRun = false;

            /**
             * AgentHealth uptimeMs.
             * @member {number|Long} uptimeMs
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AgentHealth processSource.
             * @member {string} processSource
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.processSource = "";

            /**
             * AgentHealth networkSource.
             * @member {string} networkSource
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.networkSource = "";

            /**
             * AgentHealth sourceReason.
             * @member {string} sourceReason
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.sourceReason = "";

            /**
             * AgentHealth execCoveragePercent.
             * @member {number} execCoveragePercent
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.execCoveragePercent = 0;

            /**
             * AgentHealth auditRecordsLost.
             * @member {number|Long} auditRecordsLost
             * @memberof vigil.v1.AgentHealth
             * @instance
             */
            AgentHealth.prototype.auditRecordsLost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new AgentHealth instance using the specified properties.
             * @function create
             * @memberof vigil.v1.AgentHealth
             * @static
             * @param {vigil.v1.AgentHealth.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.AgentHealth} AgentHealth instance
             * @type {{
             *   (properties: vigil.v1.AgentHealth.$Shape): vigil.v1.AgentHealth & vigil.v1.AgentHealth.$Shape;
             *   (properties?: vigil.v1.AgentHealth.$Properties): vigil.v1.AgentHealth;
             * }}
             */
            AgentHealth.create = function(properties) {
                return new AgentHealth(properties);
            };

            /**
             * Encodes the specified AgentHealth message. Does not implicitly {@link vigil.v1.AgentHealth.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.AgentHealth
             * @static
             * @param {vigil.v1.AgentHealth.$Properties} message AgentHealth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentHealth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent") && !$Object.is(message.cpuPercent, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.cpuPercent);
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes") && (typeof message.rssBytes === "object" ? message.rssBytes.low || message.rssBytes.high : message.rssBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.rssBytes);
                if (message.eventsPerSecond != null && $Object.hasOwnProperty.call(message, "eventsPerSecond") && !$Object.is(message.eventsPerSecond, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.eventsPerSecond);
                if (message.spoolBytes != null && $Object.hasOwnProperty.call(message, "spoolBytes") && (typeof message.spoolBytes === "object" ? message.spoolBytes.low || message.spoolBytes.high : message.spoolBytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.spoolBytes);
                if (message.spoolEvents != null && $Object.hasOwnProperty.call(message, "spoolEvents") && (typeof message.spoolEvents === "object" ? message.spoolEvents.low || message.spoolEvents.high : message.spoolEvents !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.spoolEvents);
                if (message.droppedEvents != null && $Object.hasOwnProperty.call(message, "droppedEvents") && (typeof message.droppedEvents === "object" ? message.droppedEvents.low || message.droppedEvents.high : message.droppedEvents !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.droppedEvents);
                if (message.sensorErrors != null && message.sensorErrors.length)
                    for (let i = 0; i < message.sensorErrors.length; ++i)
                        $root.vigil.v1.SensorError.encode(message.sensorErrors[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.isolated != null && $Object.hasOwnProperty.call(message, "isolated") && message.isolated !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.isolated);
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.dryRun);
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs") && (typeof message.uptimeMs === "object" ? message.uptimeMs.low || message.uptimeMs.high : message.uptimeMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.uptimeMs);
                if (message.processSource != null && $Object.hasOwnProperty.call(message, "processSource") && message.processSource !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.processSource);
                if (message.networkSource != null && $Object.hasOwnProperty.call(message, "networkSource") && message.networkSource !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.networkSource);
                if (message.sourceReason != null && $Object.hasOwnProperty.call(message, "sourceReason") && message.sourceReason !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.sourceReason);
                if (message.execCoveragePercent != null && $Object.hasOwnProperty.call(message, "execCoveragePercent") && !$Object.is(message.execCoveragePercent, 0))
                    writer.uint32(/* id 14, wireType 1 =*/113).double(message.execCoveragePercent);
                if (message.auditRecordsLost != null && $Object.hasOwnProperty.call(message, "auditRecordsLost") && (typeof message.auditRecordsLost === "object" ? message.auditRecordsLost.low || message.auditRecordsLost.high : message.auditRecordsLost !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.auditRecordsLost);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AgentHealth message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.AgentHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.AgentHealth & vigil.v1.AgentHealth.$Shape} AgentHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentHealth.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.AgentHealth();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cpuPercent = value;
                            else
                                delete message.cpuPercent;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rssBytes = value;
                            else
                                delete message.rssBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.eventsPerSecond = value;
                            else
                                delete message.eventsPerSecond;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.spoolBytes = value;
                            else
                                delete message.spoolBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.spoolEvents = value;
                            else
                                delete message.spoolEvents;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.droppedEvents = value;
                            else
                                delete message.droppedEvents;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sensorErrors && message.sensorErrors.length))
                                message.sensorErrors = [];
                            message.sensorErrors.push($root.vigil.v1.SensorError.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isolated = value;
                            else
                                delete message.isolated;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dryRun = value;
                            else
                                delete message.dryRun;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeMs = value;
                            else
                                delete message.uptimeMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.processSource = value;
                            else
                                delete message.processSource;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.networkSource = value;
                            else
                                delete message.networkSource;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceReason = value;
                            else
                                delete message.sourceReason;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.execCoveragePercent = value;
                            else
                                delete message.execCoveragePercent;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.auditRecordsLost = value;
                            else
                                delete message.auditRecordsLost;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AgentHealth message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.AgentHealth
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.AgentHealth} AgentHealth
             */
            AgentHealth.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.AgentHealth)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.AgentHealth: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.AgentHealth();
                if (object.cpuPercent != null)
                    if (!$Object.is($Number(object.cpuPercent), 0))
                        message.cpuPercent = $Number(object.cpuPercent);
                if (object.rssBytes != null)
                    if (typeof object.rssBytes === "object" ? object.rssBytes.low || object.rssBytes.high : $Number(object.rssBytes) !== 0)
                        if ($util.Long)
                            message.rssBytes = $util.Long.fromValue(object.rssBytes, true);
                        else if (typeof object.rssBytes === "string")
                            message.rssBytes = $parseInt(object.rssBytes, 10);
                        else if (typeof object.rssBytes === "number")
                            message.rssBytes = object.rssBytes;
                        else if (typeof object.rssBytes === "object")
                            message.rssBytes = new $util.LongBits(object.rssBytes.low >>> 0, object.rssBytes.high >>> 0).toNumber(true);
                if (object.eventsPerSecond != null)
                    if (!$Object.is($Number(object.eventsPerSecond), 0))
                        message.eventsPerSecond = $Number(object.eventsPerSecond);
                if (object.spoolBytes != null)
                    if (typeof object.spoolBytes === "object" ? object.spoolBytes.low || object.spoolBytes.high : $Number(object.spoolBytes) !== 0)
                        if ($util.Long)
                            message.spoolBytes = $util.Long.fromValue(object.spoolBytes, true);
                        else if (typeof object.spoolBytes === "string")
                            message.spoolBytes = $parseInt(object.spoolBytes, 10);
                        else if (typeof object.spoolBytes === "number")
                            message.spoolBytes = object.spoolBytes;
                        else if (typeof object.spoolBytes === "object")
                            message.spoolBytes = new $util.LongBits(object.spoolBytes.low >>> 0, object.spoolBytes.high >>> 0).toNumber(true);
                if (object.spoolEvents != null)
                    if (typeof object.spoolEvents === "object" ? object.spoolEvents.low || object.spoolEvents.high : $Number(object.spoolEvents) !== 0)
                        if ($util.Long)
                            message.spoolEvents = $util.Long.fromValue(object.spoolEvents, true);
                        else if (typeof object.spoolEvents === "string")
                            message.spoolEvents = $parseInt(object.spoolEvents, 10);
                        else if (typeof object.spoolEvents === "number")
                            message.spoolEvents = object.spoolEvents;
                        else if (typeof object.spoolEvents === "object")
                            message.spoolEvents = new $util.LongBits(object.spoolEvents.low >>> 0, object.spoolEvents.high >>> 0).toNumber(true);
                if (object.droppedEvents != null)
                    if (typeof object.droppedEvents === "object" ? object.droppedEvents.low || object.droppedEvents.high : $Number(object.droppedEvents) !== 0)
                        if ($util.Long)
                            message.droppedEvents = $util.Long.fromValue(object.droppedEvents, true);
                        else if (typeof object.droppedEvents === "string")
                            message.droppedEvents = $parseInt(object.droppedEvents, 10);
                        else if (typeof object.droppedEvents === "number")
                            message.droppedEvents = object.droppedEvents;
                        else if (typeof object.droppedEvents === "object")
                            message.droppedEvents = new $util.LongBits(object.droppedEvents.low >>> 0, object.droppedEvents.high >>> 0).toNumber(true);
                if (object.sensorErrors) {
                    if (!$Array.isArray(object.sensorErrors))
                        throw $TypeError(".vigil.v1.AgentHealth.sensorErrors: array expected");
                    message.sensorErrors = $Array(object.sensorErrors.length);
                    for (let i = 0; i < object.sensorErrors.length; ++i) {
                        if (!$util.isObject(object.sensorErrors[i]))
                            throw $TypeError(".vigil.v1.AgentHealth.sensorErrors: object expected");
                        message.sensorErrors[i] = $root.vigil.v1.SensorError.fromObject(object.sensorErrors[i], _depth + 1);
                    }
                }
                if (object.isolated != null)
                    if (object.isolated)
                        message.isolated = $Boolean(object.isolated);
                if (object.dryRun != null)
                    if (object.dryRun)
                        message.dryRun = $Boolean(object.dryRun);
                if (object.uptimeMs != null)
                    if (typeof object.uptimeMs === "object" ? object.uptimeMs.low || object.uptimeMs.high : $Number(object.uptimeMs) !== 0)
                        if ($util.Long)
                            message.uptimeMs = $util.Long.fromValue(object.uptimeMs, true);
                        else if (typeof object.uptimeMs === "string")
                            message.uptimeMs = $parseInt(object.uptimeMs, 10);
                        else if (typeof object.uptimeMs === "number")
                            message.uptimeMs = object.uptimeMs;
                        else if (typeof object.uptimeMs === "object")
                            message.uptimeMs = new $util.LongBits(object.uptimeMs.low >>> 0, object.uptimeMs.high >>> 0).toNumber(true);
                if (object.processSource != null)
                    if (typeof object.processSource !== "string" || object.processSource.length)
                        message.processSource = $String(object.processSource);
                if (object.networkSource != null)
                    if (typeof object.networkSource !== "string" || object.networkSource.length)
                        message.networkSource = $String(object.networkSource);
                if (object.sourceReason != null)
                    if (typeof object.sourceReason !== "string" || object.sourceReason.length)
                        message.sourceReason = $String(object.sourceReason);
                if (object.execCoveragePercent != null)
                    if (!$Object.is($Number(object.execCoveragePercent), 0))
                        message.execCoveragePercent = $Number(object.execCoveragePercent);
                if (object.auditRecordsLost != null)
                    if (typeof object.auditRecordsLost === "object" ? object.auditRecordsLost.low || object.auditRecordsLost.high : $Number(object.auditRecordsLost) !== 0)
                        if ($util.Long)
                            message.auditRecordsLost = $util.Long.fromValue(object.auditRecordsLost, true);
                        else if (typeof object.auditRecordsLost === "string")
                            message.auditRecordsLost = $parseInt(object.auditRecordsLost, 10);
                        else if (typeof object.auditRecordsLost === "number")
                            message.auditRecordsLost = object.auditRecordsLost;
                        else if (typeof object.auditRecordsLost === "object")
                            message.auditRecordsLost = new $util.LongBits(object.auditRecordsLost.low >>> 0, object.auditRecordsLost.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an AgentHealth message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.AgentHealth
             * @static
             * @param {vigil.v1.AgentHealth} message AgentHealth
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentHealth.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.sensorErrors = [];
                if (options.defaults) {
                    object.cpuPercent = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.rssBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.rssBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.eventsPerSecond = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.spoolBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.spoolBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.spoolEvents = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.spoolEvents = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.droppedEvents = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.droppedEvents = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.isolated = false;
                    object.dryRun = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.processSource = "";
                    object.networkSource = "";
                    object.sourceReason = "";
                    object.execCoveragePercent = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.auditRecordsLost = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.auditRecordsLost = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent"))
                    object.cpuPercent = options.json && !$isFinite(message.cpuPercent) ? $String(message.cpuPercent) : message.cpuPercent;
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.rssBytes = typeof message.rssBytes === "number" ? $BigInt(message.rssBytes) : $util.Long.fromBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.rssBytes === "number")
                        object.rssBytes = options.longs === $String ? $String(message.rssBytes) : message.rssBytes;
                    else
                        object.rssBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.rssBytes) : options.longs === $Number ? new $util.LongBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0).toNumber(true) : message.rssBytes;
                if (message.eventsPerSecond != null && $Object.hasOwnProperty.call(message, "eventsPerSecond"))
                    object.eventsPerSecond = options.json && !$isFinite(message.eventsPerSecond) ? $String(message.eventsPerSecond) : message.eventsPerSecond;
                if (message.spoolBytes != null && $Object.hasOwnProperty.call(message, "spoolBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.spoolBytes = typeof message.spoolBytes === "number" ? $BigInt(message.spoolBytes) : $util.Long.fromBits(message.spoolBytes.low >>> 0, message.spoolBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.spoolBytes === "number")
                        object.spoolBytes = options.longs === $String ? $String(message.spoolBytes) : message.spoolBytes;
                    else
                        object.spoolBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.spoolBytes) : options.longs === $Number ? new $util.LongBits(message.spoolBytes.low >>> 0, message.spoolBytes.high >>> 0).toNumber(true) : message.spoolBytes;
                if (message.spoolEvents != null && $Object.hasOwnProperty.call(message, "spoolEvents"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.spoolEvents = typeof message.spoolEvents === "number" ? $BigInt(message.spoolEvents) : $util.Long.fromBits(message.spoolEvents.low >>> 0, message.spoolEvents.high >>> 0, true).toBigInt();
                    else if (typeof message.spoolEvents === "number")
                        object.spoolEvents = options.longs === $String ? $String(message.spoolEvents) : message.spoolEvents;
                    else
                        object.spoolEvents = options.longs === $String ? $util.Long.prototype.toString.call(message.spoolEvents) : options.longs === $Number ? new $util.LongBits(message.spoolEvents.low >>> 0, message.spoolEvents.high >>> 0).toNumber(true) : message.spoolEvents;
                if (message.droppedEvents != null && $Object.hasOwnProperty.call(message, "droppedEvents"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.droppedEvents = typeof message.droppedEvents === "number" ? $BigInt(message.droppedEvents) : $util.Long.fromBits(message.droppedEvents.low >>> 0, message.droppedEvents.high >>> 0, true).toBigInt();
                    else if (typeof message.droppedEvents === "number")
                        object.droppedEvents = options.longs === $String ? $String(message.droppedEvents) : message.droppedEvents;
                    else
                        object.droppedEvents = options.longs === $String ? $util.Long.prototype.toString.call(message.droppedEvents) : options.longs === $Number ? new $util.LongBits(message.droppedEvents.low >>> 0, message.droppedEvents.high >>> 0).toNumber(true) : message.droppedEvents;
                if (message.sensorErrors && message.sensorErrors.length) {
                    object.sensorErrors = $Array(message.sensorErrors.length);
                    for (let j = 0; j < message.sensorErrors.length; ++j)
                        object.sensorErrors[j] = $root.vigil.v1.SensorError.toObject(message.sensorErrors[j], options, _depth + 1);
                }
                if (message.isolated != null && $Object.hasOwnProperty.call(message, "isolated"))
                    object.isolated = message.isolated;
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
                    object.dryRun = message.dryRun;
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptimeMs = typeof message.uptimeMs === "number" ? $BigInt(message.uptimeMs) : $util.Long.fromBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.uptimeMs === "number")
                        object.uptimeMs = options.longs === $String ? $String(message.uptimeMs) : message.uptimeMs;
                    else
                        object.uptimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.uptimeMs) : options.longs === $Number ? new $util.LongBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0).toNumber(true) : message.uptimeMs;
                if (message.processSource != null && $Object.hasOwnProperty.call(message, "processSource"))
                    object.processSource = message.processSource;
                if (message.networkSource != null && $Object.hasOwnProperty.call(message, "networkSource"))
                    object.networkSource = message.networkSource;
                if (message.sourceReason != null && $Object.hasOwnProperty.call(message, "sourceReason"))
                    object.sourceReason = message.sourceReason;
                if (message.execCoveragePercent != null && $Object.hasOwnProperty.call(message, "execCoveragePercent"))
                    object.execCoveragePercent = options.json && !$isFinite(message.execCoveragePercent) ? $String(message.execCoveragePercent) : message.execCoveragePercent;
                if (message.auditRecordsLost != null && $Object.hasOwnProperty.call(message, "auditRecordsLost"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.auditRecordsLost = typeof message.auditRecordsLost === "number" ? $BigInt(message.auditRecordsLost) : $util.Long.fromBits(message.auditRecordsLost.low >>> 0, message.auditRecordsLost.high >>> 0, true).toBigInt();
                    else if (typeof message.auditRecordsLost === "number")
                        object.auditRecordsLost = options.longs === $String ? $String(message.auditRecordsLost) : message.auditRecordsLost;
                    else
                        object.auditRecordsLost = options.longs === $String ? $util.Long.prototype.toString.call(message.auditRecordsLost) : options.longs === $Number ? new $util.LongBits(message.auditRecordsLost.low >>> 0, message.auditRecordsLost.high >>> 0).toNumber(true) : message.auditRecordsLost;
                return object;
            };

            /**
             * Converts this AgentHealth to JSON.
             * @function toJSON
             * @memberof vigil.v1.AgentHealth
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentHealth.prototype.toJSON = function() {
                return AgentHealth.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AgentHealth
             * @function getTypeUrl
             * @memberof vigil.v1.AgentHealth
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AgentHealth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.AgentHealth";
            };

            return AgentHealth;
        })();

        v1.Gap = (function() {

            /**
             * Properties of a Gap.
             * @typedef {Object} vigil.v1.Gap.$Properties
             * @property {number|Long|null} [dropped] Gap dropped
             * @property {number|Long|null} [firstSeq] Gap firstSeq
             * @property {number|Long|null} [lastSeq] Gap lastSeq
             * @property {number|Long|null} [firstTimeNs] Gap firstTimeNs
             * @property {number|Long|null} [lastTimeNs] Gap lastTimeNs
             * @property {string|null} [reason] Gap reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Gap.
             * @memberof vigil.v1
             * @interface IGap
             * @augments vigil.v1.Gap.$Properties
             * @deprecated Use vigil.v1.Gap.$Properties instead.
             */

            /**
             * Shape of a Gap.
             * @typedef {vigil.v1.Gap.$Properties} vigil.v1.Gap.$Shape
             */

            /**
             * Constructs a new Gap.
             * @memberof vigil.v1
             * @classdesc Represents a Gap.
             * @constructor
             * @param {vigil.v1.Gap.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Gap = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Gap dropped.
             * @member {number|Long} dropped
             * @memberof vigil.v1.Gap
             * @instance
             */
            Gap.prototype.dropped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Gap firstSeq.
             * @member {number|Long} firstSeq
             * @memberof vigil.v1.Gap
             * @instance
             */
            Gap.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Gap lastSeq.
             * @member {number|Long} lastSeq
             * @memberof vigil.v1.Gap
             * @instance
             */
            Gap.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Gap firstTimeNs.
             * @member {number|Long} firstTimeNs
             * @memberof vigil.v1.Gap
             * @instance
             */
            Gap.prototype.firstTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Gap lastTimeNs.
             * @member {number|Long} lastTimeNs
             * @memberof vigil.v1.Gap
             * @instance
             */
            Gap.prototype.lastTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Gap reason.
             * @member {string} reason
             * @memberof vigil.v1.Gap
             * @instance
             */
            Gap.prototype.reason = "";

            /**
             * Creates a new Gap instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Gap
             * @static
             * @param {vigil.v1.Gap.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Gap} Gap instance
             * @type {{
             *   (properties: vigil.v1.Gap.$Shape): vigil.v1.Gap & vigil.v1.Gap.$Shape;
             *   (properties?: vigil.v1.Gap.$Properties): vigil.v1.Gap;
             * }}
             */
            Gap.create = function(properties) {
                return new Gap(properties);
            };

            /**
             * Encodes the specified Gap message. Does not implicitly {@link vigil.v1.Gap.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Gap
             * @static
             * @param {vigil.v1.Gap.$Properties} message Gap message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Gap.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped") && (typeof message.dropped === "object" ? message.dropped.low || message.dropped.high : message.dropped !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.dropped);
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq") && (typeof message.firstSeq === "object" ? message.firstSeq.low || message.firstSeq.high : message.firstSeq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.firstSeq);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.lastSeq);
                if (message.firstTimeNs != null && $Object.hasOwnProperty.call(message, "firstTimeNs") && (typeof message.firstTimeNs === "object" ? message.firstTimeNs.low || message.firstTimeNs.high : message.firstTimeNs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.firstTimeNs);
                if (message.lastTimeNs != null && $Object.hasOwnProperty.call(message, "lastTimeNs") && (typeof message.lastTimeNs === "object" ? message.lastTimeNs.low || message.lastTimeNs.high : message.lastTimeNs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.lastTimeNs);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Gap message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Gap
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Gap & vigil.v1.Gap.$Shape} Gap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Gap.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.Gap();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dropped = value;
                            else
                                delete message.dropped;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstSeq = value;
                            else
                                delete message.firstSeq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstTimeNs = value;
                            else
                                delete message.firstTimeNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastTimeNs = value;
                            else
                                delete message.lastTimeNs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Gap message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Gap
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Gap} Gap
             */
            Gap.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Gap)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Gap: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Gap();
                if (object.dropped != null)
                    if (typeof object.dropped === "object" ? object.dropped.low || object.dropped.high : $Number(object.dropped) !== 0)
                        if ($util.Long)
                            message.dropped = $util.Long.fromValue(object.dropped, true);
                        else if (typeof object.dropped === "string")
                            message.dropped = $parseInt(object.dropped, 10);
                        else if (typeof object.dropped === "number")
                            message.dropped = object.dropped;
                        else if (typeof object.dropped === "object")
                            message.dropped = new $util.LongBits(object.dropped.low >>> 0, object.dropped.high >>> 0).toNumber(true);
                if (object.firstSeq != null)
                    if (typeof object.firstSeq === "object" ? object.firstSeq.low || object.firstSeq.high : $Number(object.firstSeq) !== 0)
                        if ($util.Long)
                            message.firstSeq = $util.Long.fromValue(object.firstSeq, true);
                        else if (typeof object.firstSeq === "string")
                            message.firstSeq = $parseInt(object.firstSeq, 10);
                        else if (typeof object.firstSeq === "number")
                            message.firstSeq = object.firstSeq;
                        else if (typeof object.firstSeq === "object")
                            message.firstSeq = new $util.LongBits(object.firstSeq.low >>> 0, object.firstSeq.high >>> 0).toNumber(true);
                if (object.lastSeq != null)
                    if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = $parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                if (object.firstTimeNs != null)
                    if (typeof object.firstTimeNs === "object" ? object.firstTimeNs.low || object.firstTimeNs.high : $Number(object.firstTimeNs) !== 0)
                        if ($util.Long)
                            message.firstTimeNs = $util.Long.fromValue(object.firstTimeNs, true);
                        else if (typeof object.firstTimeNs === "string")
                            message.firstTimeNs = $parseInt(object.firstTimeNs, 10);
                        else if (typeof object.firstTimeNs === "number")
                            message.firstTimeNs = object.firstTimeNs;
                        else if (typeof object.firstTimeNs === "object")
                            message.firstTimeNs = new $util.LongBits(object.firstTimeNs.low >>> 0, object.firstTimeNs.high >>> 0).toNumber(true);
                if (object.lastTimeNs != null)
                    if (typeof object.lastTimeNs === "object" ? object.lastTimeNs.low || object.lastTimeNs.high : $Number(object.lastTimeNs) !== 0)
                        if ($util.Long)
                            message.lastTimeNs = $util.Long.fromValue(object.lastTimeNs, true);
                        else if (typeof object.lastTimeNs === "string")
                            message.lastTimeNs = $parseInt(object.lastTimeNs, 10);
                        else if (typeof object.lastTimeNs === "number")
                            message.lastTimeNs = object.lastTimeNs;
                        else if (typeof object.lastTimeNs === "object")
                            message.lastTimeNs = new $util.LongBits(object.lastTimeNs.low >>> 0, object.lastTimeNs.high >>> 0).toNumber(true);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a Gap message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Gap
             * @static
             * @param {vigil.v1.Gap} message Gap
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Gap.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.dropped = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.dropped = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.firstSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.firstSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.firstTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.firstTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reason = "";
                }
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.dropped = typeof message.dropped === "number" ? $BigInt(message.dropped) : $util.Long.fromBits(message.dropped.low >>> 0, message.dropped.high >>> 0, true).toBigInt();
                    else if (typeof message.dropped === "number")
                        object.dropped = options.longs === $String ? $String(message.dropped) : message.dropped;
                    else
                        object.dropped = options.longs === $String ? $util.Long.prototype.toString.call(message.dropped) : options.longs === $Number ? new $util.LongBits(message.dropped.low >>> 0, message.dropped.high >>> 0).toNumber(true) : message.dropped;
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.firstSeq = typeof message.firstSeq === "number" ? $BigInt(message.firstSeq) : $util.Long.fromBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.firstSeq === "number")
                        object.firstSeq = options.longs === $String ? $String(message.firstSeq) : message.firstSeq;
                    else
                        object.firstSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.firstSeq) : options.longs === $Number ? new $util.LongBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0).toNumber(true) : message.firstSeq;
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                if (message.firstTimeNs != null && $Object.hasOwnProperty.call(message, "firstTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.firstTimeNs = typeof message.firstTimeNs === "number" ? $BigInt(message.firstTimeNs) : $util.Long.fromBits(message.firstTimeNs.low >>> 0, message.firstTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.firstTimeNs === "number")
                        object.firstTimeNs = options.longs === $String ? $String(message.firstTimeNs) : message.firstTimeNs;
                    else
                        object.firstTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.firstTimeNs) : options.longs === $Number ? new $util.LongBits(message.firstTimeNs.low >>> 0, message.firstTimeNs.high >>> 0).toNumber(true) : message.firstTimeNs;
                if (message.lastTimeNs != null && $Object.hasOwnProperty.call(message, "lastTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastTimeNs = typeof message.lastTimeNs === "number" ? $BigInt(message.lastTimeNs) : $util.Long.fromBits(message.lastTimeNs.low >>> 0, message.lastTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.lastTimeNs === "number")
                        object.lastTimeNs = options.longs === $String ? $String(message.lastTimeNs) : message.lastTimeNs;
                    else
                        object.lastTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastTimeNs) : options.longs === $Number ? new $util.LongBits(message.lastTimeNs.low >>> 0, message.lastTimeNs.high >>> 0).toNumber(true) : message.lastTimeNs;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Gap to JSON.
             * @function toJSON
             * @memberof vigil.v1.Gap
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Gap.prototype.toJSON = function() {
                return Gap.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Gap
             * @function getTypeUrl
             * @memberof vigil.v1.Gap
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Gap.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Gap";
            };

            return Gap;
        })();

        v1.FileAccess = (function() {

            /**
             * Properties of a FileAccess.
             * @typedef {Object} vigil.v1.FileAccess.$Properties
             * @property {string|null} [path] FileAccess path
             * @property {string|null} [access] FileAccess access
             * @property {number|null} [pid] FileAccess pid
             * @property {number|null} [ppid] FileAccess ppid
             * @property {string|null} [exe] FileAccess exe
             * @property {string|null} [comm] FileAccess comm
             * @property {number|null} [uid] FileAccess uid
             * @property {number|null} [euid] FileAccess euid
             * @property {number|null} [auid] FileAccess auid
             * @property {string|null} [user] FileAccess user
             * @property {string|null} [loginUser] FileAccess loginUser
             * @property {string|null} [syscall] FileAccess syscall
             * @property {boolean|null} [success] FileAccess success
             * @property {string|null} [watch] FileAccess watch
             * @property {Array.<string>|null} [argv] FileAccess argv
             * @property {string|null} [parentExe] FileAccess parentExe
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FileAccess.
             * @memberof vigil.v1
             * @interface IFileAccess
             * @augments vigil.v1.FileAccess.$Properties
             * @deprecated Use vigil.v1.FileAccess.$Properties instead.
             */

            /**
             * Shape of a FileAccess.
             * @typedef {vigil.v1.FileAccess.$Properties} vigil.v1.FileAccess.$Shape
             */

            /**
             * Constructs a new FileAccess.
             * @memberof vigil.v1
             * @classdesc Represents a FileAccess.
             * @constructor
             * @param {vigil.v1.FileAccess.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FileAccess = function (properties) {
                this.argv = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FileAccess path.
             * @member {string} path
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.path = "";

            /**
             * FileAccess access.
             * @member {string} access
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.access = "";

            /**
             * FileAccess pid.
             * @member {number} pid
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.pid = 0;

            /**
             * FileAccess ppid.
             * @member {number} ppid
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.ppid = 0;

            /**
             * FileAccess exe.
             * @member {string} exe
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.exe = "";

            /**
             * FileAccess comm.
             * @member {string} comm
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.comm = "";

            /**
             * FileAccess uid.
             * @member {number} uid
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.uid = 0;

            /**
             * FileAccess euid.
             * @member {number} euid
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.euid = 0;

            /**
             * FileAccess auid.
             * @member {number} auid
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.auid = 0;

            /**
             * FileAccess user.
             * @member {string} user
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.user = "";

            /**
             * FileAccess loginUser.
             * @member {string} loginUser
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.loginUser = "";

            /**
             * FileAccess syscall.
             * @member {string} syscall
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.syscall = "";

            /**
             * FileAccess success.
             * @member {boolean} success
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.success = false;

            /**
             * FileAccess watch.
             * @member {string} watch
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.watch = "";

            /**
             * FileAccess argv.
             * @member {Array.<string>} argv
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.argv = $util.emptyArray;

            /**
             * FileAccess parentExe.
             * @member {string} parentExe
             * @memberof vigil.v1.FileAccess
             * @instance
             */
            FileAccess.prototype.parentExe = "";

            /**
             * Creates a new FileAccess instance using the specified properties.
             * @function create
             * @memberof vigil.v1.FileAccess
             * @static
             * @param {vigil.v1.FileAccess.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.FileAccess} FileAccess instance
             * @type {{
             *   (properties: vigil.v1.FileAccess.$Shape): vigil.v1.FileAccess & vigil.v1.FileAccess.$Shape;
             *   (properties?: vigil.v1.FileAccess.$Properties): vigil.v1.FileAccess;
             * }}
             */
            FileAccess.create = function(properties) {
                return new FileAccess(properties);
            };

            /**
             * Encodes the specified FileAccess message. Does not implicitly {@link vigil.v1.FileAccess.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.FileAccess
             * @static
             * @param {vigil.v1.FileAccess.$Properties} message FileAccess message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileAccess.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.access != null && $Object.hasOwnProperty.call(message, "access") && message.access !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.access);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pid);
                if (message.ppid != null && $Object.hasOwnProperty.call(message, "ppid") && message.ppid !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.ppid);
                if (message.exe != null && $Object.hasOwnProperty.call(message, "exe") && message.exe !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.exe);
                if (message.comm != null && $Object.hasOwnProperty.call(message, "comm") && message.comm !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.comm);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.uid);
                if (message.euid != null && $Object.hasOwnProperty.call(message, "euid") && message.euid !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.euid);
                if (message.auid != null && $Object.hasOwnProperty.call(message, "auid") && message.auid !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.auid);
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.user);
                if (message.loginUser != null && $Object.hasOwnProperty.call(message, "loginUser") && message.loginUser !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.loginUser);
                if (message.syscall != null && $Object.hasOwnProperty.call(message, "syscall") && message.syscall !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.syscall);
                if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.success);
                if (message.watch != null && $Object.hasOwnProperty.call(message, "watch") && message.watch !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.watch);
                if (message.argv != null && message.argv.length)
                    for (let i = 0; i < message.argv.length; ++i)
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.argv[i]);
                if (message.parentExe != null && $Object.hasOwnProperty.call(message, "parentExe") && message.parentExe !== "")
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.parentExe);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FileAccess message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.FileAccess
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.FileAccess & vigil.v1.FileAccess.$Shape} FileAccess
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileAccess.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.FileAccess();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.access = value;
                            else
                                delete message.access;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ppid = value;
                            else
                                delete message.ppid;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.exe = value;
                            else
                                delete message.exe;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.comm = value;
                            else
                                delete message.comm;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.euid = value;
                            else
                                delete message.euid;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.auid = value;
                            else
                                delete message.auid;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.loginUser = value;
                            else
                                delete message.loginUser;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.syscall = value;
                            else
                                delete message.syscall;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.success = value;
                            else
                                delete message.success;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.watch = value;
                            else
                                delete message.watch;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.argv && message.argv.length))
                                message.argv = [];
                            message.argv.push(reader.stringVerify());
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.parentExe = value;
                            else
                                delete message.parentExe;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a FileAccess message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.FileAccess
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.FileAccess} FileAccess
             */
            FileAccess.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.FileAccess)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.FileAccess: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.FileAccess();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.access != null)
                    if (typeof object.access !== "string" || object.access.length)
                        message.access = $String(object.access);
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.ppid != null)
                    if ($Number(object.ppid) !== 0)
                        message.ppid = object.ppid >>> 0;
                if (object.exe != null)
                    if (typeof object.exe !== "string" || object.exe.length)
                        message.exe = $String(object.exe);
                if (object.comm != null)
                    if (typeof object.comm !== "string" || object.comm.length)
                        message.comm = $String(object.comm);
                if (object.uid != null)
                    if ($Number(object.uid) !== 0)
                        message.uid = object.uid >>> 0;
                if (object.euid != null)
                    if ($Number(object.euid) !== 0)
                        message.euid = object.euid >>> 0;
                if (object.auid != null)
                    if ($Number(object.auid) !== 0)
                        message.auid = object.auid >>> 0;
                if (object.user != null)
                    if (typeof object.user !== "string" || object.user.length)
                        message.user = $String(object.user);
                if (object.loginUser != null)
                    if (typeof object.loginUser !== "string" || object.loginUser.length)
                        message.loginUser = $String(object.loginUser);
                if (object.syscall != null)
                    if (typeof object.syscall !== "string" || object.syscall.length)
                        message.syscall = $String(object.syscall);
                if (object.success != null)
                    if (object.success)
                        message.success = $Boolean(object.success);
                if (object.watch != null)
                    if (typeof object.watch !== "string" || object.watch.length)
                        message.watch = $String(object.watch);
                if (object.argv) {
                    if (!$Array.isArray(object.argv))
                        throw $TypeError(".vigil.v1.FileAccess.argv: array expected");
                    message.argv = $Array(object.argv.length);
                    for (let i = 0; i < object.argv.length; ++i)
                        message.argv[i] = $String(object.argv[i]);
                }
                if (object.parentExe != null)
                    if (typeof object.parentExe !== "string" || object.parentExe.length)
                        message.parentExe = $String(object.parentExe);
                return message;
            };

            /**
             * Creates a plain object from a FileAccess message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.FileAccess
             * @static
             * @param {vigil.v1.FileAccess} message FileAccess
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileAccess.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.argv = [];
                if (options.defaults) {
                    object.path = "";
                    object.access = "";
                    object.pid = 0;
                    object.ppid = 0;
                    object.exe = "";
                    object.comm = "";
                    object.uid = 0;
                    object.euid = 0;
                    object.auid = 0;
                    object.user = "";
                    object.loginUser = "";
                    object.syscall = "";
                    object.success = false;
                    object.watch = "";
                    object.parentExe = "";
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.access != null && $Object.hasOwnProperty.call(message, "access"))
                    object.access = message.access;
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.ppid != null && $Object.hasOwnProperty.call(message, "ppid"))
                    object.ppid = message.ppid;
                if (message.exe != null && $Object.hasOwnProperty.call(message, "exe"))
                    object.exe = message.exe;
                if (message.comm != null && $Object.hasOwnProperty.call(message, "comm"))
                    object.comm = message.comm;
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.euid != null && $Object.hasOwnProperty.call(message, "euid"))
                    object.euid = message.euid;
                if (message.auid != null && $Object.hasOwnProperty.call(message, "auid"))
                    object.auid = message.auid;
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    object.user = message.user;
                if (message.loginUser != null && $Object.hasOwnProperty.call(message, "loginUser"))
                    object.loginUser = message.loginUser;
                if (message.syscall != null && $Object.hasOwnProperty.call(message, "syscall"))
                    object.syscall = message.syscall;
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    object.success = message.success;
                if (message.watch != null && $Object.hasOwnProperty.call(message, "watch"))
                    object.watch = message.watch;
                if (message.argv && message.argv.length) {
                    object.argv = $Array(message.argv.length);
                    for (let j = 0; j < message.argv.length; ++j)
                        object.argv[j] = message.argv[j];
                }
                if (message.parentExe != null && $Object.hasOwnProperty.call(message, "parentExe"))
                    object.parentExe = message.parentExe;
                return object;
            };

            /**
             * Converts this FileAccess to JSON.
             * @function toJSON
             * @memberof vigil.v1.FileAccess
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileAccess.prototype.toJSON = function() {
                return FileAccess.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FileAccess
             * @function getTypeUrl
             * @memberof vigil.v1.FileAccess
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FileAccess.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.FileAccess";
            };

            return FileAccess;
        })();

        v1.TelemetryCoverage = (function() {

            /**
             * Properties of a TelemetryCoverage.
             * @typedef {Object} vigil.v1.TelemetryCoverage.$Properties
             * @property {number|Long|null} [minuteStartNs] TelemetryCoverage minuteStartNs
             * @property {number|Long|null} [kernelExecs] TelemetryCoverage kernelExecs
             * @property {number|Long|null} [execsWithArgs] TelemetryCoverage execsWithArgs
             * @property {number|Long|null} [execsPidOnly] TelemetryCoverage execsPidOnly
             * @property {number|Long|null} [recordsLost] TelemetryCoverage recordsLost
             * @property {string|null} [processSource] TelemetryCoverage processSource
             * @property {string|null} [sourceReason] TelemetryCoverage sourceReason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TelemetryCoverage.
             * @memberof vigil.v1
             * @interface ITelemetryCoverage
             * @augments vigil.v1.TelemetryCoverage.$Properties
             * @deprecated Use vigil.v1.TelemetryCoverage.$Properties instead.
             */

            /**
             * Shape of a TelemetryCoverage.
             * @typedef {vigil.v1.TelemetryCoverage.$Properties} vigil.v1.TelemetryCoverage.$Shape
             */

            /**
             * Constructs a new TelemetryCoverage.
             * @memberof vigil.v1
             * @classdesc Represents a TelemetryCoverage.
             * @constructor
             * @param {vigil.v1.TelemetryCoverage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TelemetryCoverage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TelemetryCoverage minuteStartNs.
             * @member {number|Long} minuteStartNs
             * @memberof vigil.v1.TelemetryCoverage
             * @instance
             */
            TelemetryCoverage.prototype.minuteStartNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetryCoverage kernelExecs.
             * @member {number|Long} kernelExecs
             * @memberof vigil.v1.TelemetryCoverage
             * @instance
             */
            TelemetryCoverage.prototype.kernelExecs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetryCoverage execsWithArgs.
             * @member {number|Long} execsWithArgs
             * @memberof vigil.v1.TelemetryCoverage
             * @instance
             */
            TelemetryCoverage.prototype.execsWithArgs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetryCoverage execsPidOnly.
             * @member {number|Long} execsPidOnly
             * @memberof vigil.v1.TelemetryCoverage
             * @instance
             */
            TelemetryCoverage.prototype.execsPidOnly = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetryCoverage recordsLost.
             * @member {number|Long} recordsLost
             * @memberof vigil.v1.TelemetryCoverage
             * @instance
             */
            TelemetryCoverage.prototype.recordsLost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetryCoverage processSource.
             * @member {string} processSource
             * @memberof vigil.v1.TelemetryCoverage
             * @instance
             */
            TelemetryCoverage.prototype.processSource = "";

            /**
             * TelemetryCoverage sourceReason.
             * @member {string} sourceReason
             * @memberof vigil.v1.TelemetryCoverage
             * @instance
             */
            TelemetryCoverage.prototype.sourceReason = "";

            /**
             * Creates a new TelemetryCoverage instance using the specified properties.
             * @function create
             * @memberof vigil.v1.TelemetryCoverage
             * @static
             * @param {vigil.v1.TelemetryCoverage.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.TelemetryCoverage} TelemetryCoverage instance
             * @type {{
             *   (properties: vigil.v1.TelemetryCoverage.$Shape): vigil.v1.TelemetryCoverage & vigil.v1.TelemetryCoverage.$Shape;
             *   (properties?: vigil.v1.TelemetryCoverage.$Properties): vigil.v1.TelemetryCoverage;
             * }}
             */
            TelemetryCoverage.create = function(properties) {
                return new TelemetryCoverage(properties);
            };

            /**
             * Encodes the specified TelemetryCoverage message. Does not implicitly {@link vigil.v1.TelemetryCoverage.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.TelemetryCoverage
             * @static
             * @param {vigil.v1.TelemetryCoverage.$Properties} message TelemetryCoverage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TelemetryCoverage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.minuteStartNs != null && $Object.hasOwnProperty.call(message, "minuteStartNs") && (typeof message.minuteStartNs === "object" ? message.minuteStartNs.low || message.minuteStartNs.high : message.minuteStartNs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.minuteStartNs);
                if (message.kernelExecs != null && $Object.hasOwnProperty.call(message, "kernelExecs") && (typeof message.kernelExecs === "object" ? message.kernelExecs.low || message.kernelExecs.high : message.kernelExecs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.kernelExecs);
                if (message.execsWithArgs != null && $Object.hasOwnProperty.call(message, "execsWithArgs") && (typeof message.execsWithArgs === "object" ? message.execsWithArgs.low || message.execsWithArgs.high : message.execsWithArgs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.execsWithArgs);
                if (message.execsPidOnly != null && $Object.hasOwnProperty.call(message, "execsPidOnly") && (typeof message.execsPidOnly === "object" ? message.execsPidOnly.low || message.execsPidOnly.high : message.execsPidOnly !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.execsPidOnly);
                if (message.recordsLost != null && $Object.hasOwnProperty.call(message, "recordsLost") && (typeof message.recordsLost === "object" ? message.recordsLost.low || message.recordsLost.high : message.recordsLost !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.recordsLost);
                if (message.processSource != null && $Object.hasOwnProperty.call(message, "processSource") && message.processSource !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.processSource);
                if (message.sourceReason != null && $Object.hasOwnProperty.call(message, "sourceReason") && message.sourceReason !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.sourceReason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TelemetryCoverage message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.TelemetryCoverage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.TelemetryCoverage & vigil.v1.TelemetryCoverage.$Shape} TelemetryCoverage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TelemetryCoverage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.TelemetryCoverage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.minuteStartNs = value;
                            else
                                delete message.minuteStartNs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.kernelExecs = value;
                            else
                                delete message.kernelExecs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.execsWithArgs = value;
                            else
                                delete message.execsWithArgs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.execsPidOnly = value;
                            else
                                delete message.execsPidOnly;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.recordsLost = value;
                            else
                                delete message.recordsLost;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.processSource = value;
                            else
                                delete message.processSource;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceReason = value;
                            else
                                delete message.sourceReason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TelemetryCoverage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.TelemetryCoverage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.TelemetryCoverage} TelemetryCoverage
             */
            TelemetryCoverage.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.TelemetryCoverage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.TelemetryCoverage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.TelemetryCoverage();
                if (object.minuteStartNs != null)
                    if (typeof object.minuteStartNs === "object" ? object.minuteStartNs.low || object.minuteStartNs.high : $Number(object.minuteStartNs) !== 0)
                        if ($util.Long)
                            message.minuteStartNs = $util.Long.fromValue(object.minuteStartNs, true);
                        else if (typeof object.minuteStartNs === "string")
                            message.minuteStartNs = $parseInt(object.minuteStartNs, 10);
                        else if (typeof object.minuteStartNs === "number")
                            message.minuteStartNs = object.minuteStartNs;
                        else if (typeof object.minuteStartNs === "object")
                            message.minuteStartNs = new $util.LongBits(object.minuteStartNs.low >>> 0, object.minuteStartNs.high >>> 0).toNumber(true);
                if (object.kernelExecs != null)
                    if (typeof object.kernelExecs === "object" ? object.kernelExecs.low || object.kernelExecs.high : $Number(object.kernelExecs) !== 0)
                        if ($util.Long)
                            message.kernelExecs = $util.Long.fromValue(object.kernelExecs, true);
                        else if (typeof object.kernelExecs === "string")
                            message.kernelExecs = $parseInt(object.kernelExecs, 10);
                        else if (typeof object.kernelExecs === "number")
                            message.kernelExecs = object.kernelExecs;
                        else if (typeof object.kernelExecs === "object")
                            message.kernelExecs = new $util.LongBits(object.kernelExecs.low >>> 0, object.kernelExecs.high >>> 0).toNumber(true);
                if (object.execsWithArgs != null)
                    if (typeof object.execsWithArgs === "object" ? object.execsWithArgs.low || object.execsWithArgs.high : $Number(object.execsWithArgs) !== 0)
                        if ($util.Long)
                            message.execsWithArgs = $util.Long.fromValue(object.execsWithArgs, true);
                        else if (typeof object.execsWithArgs === "string")
                            message.execsWithArgs = $parseInt(object.execsWithArgs, 10);
                        else if (typeof object.execsWithArgs === "number")
                            message.execsWithArgs = object.execsWithArgs;
                        else if (typeof object.execsWithArgs === "object")
                            message.execsWithArgs = new $util.LongBits(object.execsWithArgs.low >>> 0, object.execsWithArgs.high >>> 0).toNumber(true);
                if (object.execsPidOnly != null)
                    if (typeof object.execsPidOnly === "object" ? object.execsPidOnly.low || object.execsPidOnly.high : $Number(object.execsPidOnly) !== 0)
                        if ($util.Long)
                            message.execsPidOnly = $util.Long.fromValue(object.execsPidOnly, true);
                        else if (typeof object.execsPidOnly === "string")
                            message.execsPidOnly = $parseInt(object.execsPidOnly, 10);
                        else if (typeof object.execsPidOnly === "number")
                            message.execsPidOnly = object.execsPidOnly;
                        else if (typeof object.execsPidOnly === "object")
                            message.execsPidOnly = new $util.LongBits(object.execsPidOnly.low >>> 0, object.execsPidOnly.high >>> 0).toNumber(true);
                if (object.recordsLost != null)
                    if (typeof object.recordsLost === "object" ? object.recordsLost.low || object.recordsLost.high : $Number(object.recordsLost) !== 0)
                        if ($util.Long)
                            message.recordsLost = $util.Long.fromValue(object.recordsLost, true);
                        else if (typeof object.recordsLost === "string")
                            message.recordsLost = $parseInt(object.recordsLost, 10);
                        else if (typeof object.recordsLost === "number")
                            message.recordsLost = object.recordsLost;
                        else if (typeof object.recordsLost === "object")
                            message.recordsLost = new $util.LongBits(object.recordsLost.low >>> 0, object.recordsLost.high >>> 0).toNumber(true);
                if (object.processSource != null)
                    if (typeof object.processSource !== "string" || object.processSource.length)
                        message.processSource = $String(object.processSource);
                if (object.sourceReason != null)
                    if (typeof object.sourceReason !== "string" || object.sourceReason.length)
                        message.sourceReason = $String(object.sourceReason);
                return message;
            };

            /**
             * Creates a plain object from a TelemetryCoverage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.TelemetryCoverage
             * @static
             * @param {vigil.v1.TelemetryCoverage} message TelemetryCoverage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TelemetryCoverage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.minuteStartNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.minuteStartNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.kernelExecs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.kernelExecs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.execsWithArgs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.execsWithArgs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.execsPidOnly = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.execsPidOnly = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.recordsLost = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.recordsLost = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.processSource = "";
                    object.sourceReason = "";
                }
                if (message.minuteStartNs != null && $Object.hasOwnProperty.call(message, "minuteStartNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.minuteStartNs = typeof message.minuteStartNs === "number" ? $BigInt(message.minuteStartNs) : $util.Long.fromBits(message.minuteStartNs.low >>> 0, message.minuteStartNs.high >>> 0, true).toBigInt();
                    else if (typeof message.minuteStartNs === "number")
                        object.minuteStartNs = options.longs === $String ? $String(message.minuteStartNs) : message.minuteStartNs;
                    else
                        object.minuteStartNs = options.longs === $String ? $util.Long.prototype.toString.call(message.minuteStartNs) : options.longs === $Number ? new $util.LongBits(message.minuteStartNs.low >>> 0, message.minuteStartNs.high >>> 0).toNumber(true) : message.minuteStartNs;
                if (message.kernelExecs != null && $Object.hasOwnProperty.call(message, "kernelExecs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.kernelExecs = typeof message.kernelExecs === "number" ? $BigInt(message.kernelExecs) : $util.Long.fromBits(message.kernelExecs.low >>> 0, message.kernelExecs.high >>> 0, true).toBigInt();
                    else if (typeof message.kernelExecs === "number")
                        object.kernelExecs = options.longs === $String ? $String(message.kernelExecs) : message.kernelExecs;
                    else
                        object.kernelExecs = options.longs === $String ? $util.Long.prototype.toString.call(message.kernelExecs) : options.longs === $Number ? new $util.LongBits(message.kernelExecs.low >>> 0, message.kernelExecs.high >>> 0).toNumber(true) : message.kernelExecs;
                if (message.execsWithArgs != null && $Object.hasOwnProperty.call(message, "execsWithArgs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.execsWithArgs = typeof message.execsWithArgs === "number" ? $BigInt(message.execsWithArgs) : $util.Long.fromBits(message.execsWithArgs.low >>> 0, message.execsWithArgs.high >>> 0, true).toBigInt();
                    else if (typeof message.execsWithArgs === "number")
                        object.execsWithArgs = options.longs === $String ? $String(message.execsWithArgs) : message.execsWithArgs;
                    else
                        object.execsWithArgs = options.longs === $String ? $util.Long.prototype.toString.call(message.execsWithArgs) : options.longs === $Number ? new $util.LongBits(message.execsWithArgs.low >>> 0, message.execsWithArgs.high >>> 0).toNumber(true) : message.execsWithArgs;
                if (message.execsPidOnly != null && $Object.hasOwnProperty.call(message, "execsPidOnly"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.execsPidOnly = typeof message.execsPidOnly === "number" ? $BigInt(message.execsPidOnly) : $util.Long.fromBits(message.execsPidOnly.low >>> 0, message.execsPidOnly.high >>> 0, true).toBigInt();
                    else if (typeof message.execsPidOnly === "number")
                        object.execsPidOnly = options.longs === $String ? $String(message.execsPidOnly) : message.execsPidOnly;
                    else
                        object.execsPidOnly = options.longs === $String ? $util.Long.prototype.toString.call(message.execsPidOnly) : options.longs === $Number ? new $util.LongBits(message.execsPidOnly.low >>> 0, message.execsPidOnly.high >>> 0).toNumber(true) : message.execsPidOnly;
                if (message.recordsLost != null && $Object.hasOwnProperty.call(message, "recordsLost"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.recordsLost = typeof message.recordsLost === "number" ? $BigInt(message.recordsLost) : $util.Long.fromBits(message.recordsLost.low >>> 0, message.recordsLost.high >>> 0, true).toBigInt();
                    else if (typeof message.recordsLost === "number")
                        object.recordsLost = options.longs === $String ? $String(message.recordsLost) : message.recordsLost;
                    else
                        object.recordsLost = options.longs === $String ? $util.Long.prototype.toString.call(message.recordsLost) : options.longs === $Number ? new $util.LongBits(message.recordsLost.low >>> 0, message.recordsLost.high >>> 0).toNumber(true) : message.recordsLost;
                if (message.processSource != null && $Object.hasOwnProperty.call(message, "processSource"))
                    object.processSource = message.processSource;
                if (message.sourceReason != null && $Object.hasOwnProperty.call(message, "sourceReason"))
                    object.sourceReason = message.sourceReason;
                return object;
            };

            /**
             * Converts this TelemetryCoverage to JSON.
             * @function toJSON
             * @memberof vigil.v1.TelemetryCoverage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TelemetryCoverage.prototype.toJSON = function() {
                return TelemetryCoverage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TelemetryCoverage
             * @function getTypeUrl
             * @memberof vigil.v1.TelemetryCoverage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TelemetryCoverage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.TelemetryCoverage";
            };

            return TelemetryCoverage;
        })();

        v1.Tamper = (function() {

            /**
             * Properties of a Tamper.
             * @typedef {Object} vigil.v1.Tamper.$Properties
             * @property {string|null} [what] Tamper what
             * @property {string|null} [detail] Tamper detail
             * @property {boolean|null} [repaired] Tamper repaired
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Tamper.
             * @memberof vigil.v1
             * @interface ITamper
             * @augments vigil.v1.Tamper.$Properties
             * @deprecated Use vigil.v1.Tamper.$Properties instead.
             */

            /**
             * Shape of a Tamper.
             * @typedef {vigil.v1.Tamper.$Properties} vigil.v1.Tamper.$Shape
             */

            /**
             * Constructs a new Tamper.
             * @memberof vigil.v1
             * @classdesc Represents a Tamper.
             * @constructor
             * @param {vigil.v1.Tamper.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Tamper = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Tamper what.
             * @member {string} what
             * @memberof vigil.v1.Tamper
             * @instance
             */
            Tamper.prototype.what = "";

            /**
             * Tamper detail.
             * @member {string} detail
             * @memberof vigil.v1.Tamper
             * @instance
             */
            Tamper.prototype.detail = "";

            /**
             * Tamper repaired.
             * @member {boolean} repaired
             * @memberof vigil.v1.Tamper
             * @instance
             */
            Tamper.prototype.repaired = false;

            /**
             * Creates a new Tamper instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Tamper
             * @static
             * @param {vigil.v1.Tamper.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Tamper} Tamper instance
             * @type {{
             *   (properties: vigil.v1.Tamper.$Shape): vigil.v1.Tamper & vigil.v1.Tamper.$Shape;
             *   (properties?: vigil.v1.Tamper.$Properties): vigil.v1.Tamper;
             * }}
             */
            Tamper.create = function(properties) {
                return new Tamper(properties);
            };

            /**
             * Encodes the specified Tamper message. Does not implicitly {@link vigil.v1.Tamper.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Tamper
             * @static
             * @param {vigil.v1.Tamper.$Properties} message Tamper message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tamper.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.what != null && $Object.hasOwnProperty.call(message, "what") && message.what !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.what);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.detail);
                if (message.repaired != null && $Object.hasOwnProperty.call(message, "repaired") && message.repaired !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.repaired);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Tamper message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Tamper
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Tamper & vigil.v1.Tamper.$Shape} Tamper
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tamper.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.Tamper();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.what = value;
                            else
                                delete message.what;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.repaired = value;
                            else
                                delete message.repaired;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Tamper message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Tamper
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Tamper} Tamper
             */
            Tamper.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Tamper)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Tamper: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Tamper();
                if (object.what != null)
                    if (typeof object.what !== "string" || object.what.length)
                        message.what = $String(object.what);
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                if (object.repaired != null)
                    if (object.repaired)
                        message.repaired = $Boolean(object.repaired);
                return message;
            };

            /**
             * Creates a plain object from a Tamper message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Tamper
             * @static
             * @param {vigil.v1.Tamper} message Tamper
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Tamper.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.what = "";
                    object.detail = "";
                    object.repaired = false;
                }
                if (message.what != null && $Object.hasOwnProperty.call(message, "what"))
                    object.what = message.what;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                if (message.repaired != null && $Object.hasOwnProperty.call(message, "repaired"))
                    object.repaired = message.repaired;
                return object;
            };

            /**
             * Converts this Tamper to JSON.
             * @function toJSON
             * @memberof vigil.v1.Tamper
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Tamper.prototype.toJSON = function() {
                return Tamper.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Tamper
             * @function getTypeUrl
             * @memberof vigil.v1.Tamper
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Tamper.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Tamper";
            };

            return Tamper;
        })();

        v1.SignedCommand = (function() {

            /**
             * Properties of a SignedCommand.
             * @typedef {Object} vigil.v1.SignedCommand.$Properties
             * @property {Uint8Array|null} [payload] SignedCommand payload
             * @property {Uint8Array|null} [signature] SignedCommand signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedCommand.
             * @memberof vigil.v1
             * @interface ISignedCommand
             * @augments vigil.v1.SignedCommand.$Properties
             * @deprecated Use vigil.v1.SignedCommand.$Properties instead.
             */

            /**
             * Shape of a SignedCommand.
             * @typedef {vigil.v1.SignedCommand.$Properties} vigil.v1.SignedCommand.$Shape
             */

            /**
             * Constructs a new SignedCommand.
             * @memberof vigil.v1
             * @classdesc Represents a SignedCommand.
             * @constructor
             * @param {vigil.v1.SignedCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedCommand payload.
             * @member {Uint8Array} payload
             * @memberof vigil.v1.SignedCommand
             * @instance
             */
            SignedCommand.prototype.payload = $util.newBuffer([]);

            /**
             * SignedCommand signature.
             * @member {Uint8Array} signature
             * @memberof vigil.v1.SignedCommand
             * @instance
             */
            SignedCommand.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedCommand instance using the specified properties.
             * @function create
             * @memberof vigil.v1.SignedCommand
             * @static
             * @param {vigil.v1.SignedCommand.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.SignedCommand} SignedCommand instance
             * @type {{
             *   (properties: vigil.v1.SignedCommand.$Shape): vigil.v1.SignedCommand & vigil.v1.SignedCommand.$Shape;
             *   (properties?: vigil.v1.SignedCommand.$Properties): vigil.v1.SignedCommand;
             * }}
             */
            SignedCommand.create = function(properties) {
                return new SignedCommand(properties);
            };

            /**
             * Encodes the specified SignedCommand message. Does not implicitly {@link vigil.v1.SignedCommand.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.SignedCommand
             * @static
             * @param {vigil.v1.SignedCommand.$Properties} message SignedCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedCommand message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.SignedCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.SignedCommand & vigil.v1.SignedCommand.$Shape} SignedCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.SignedCommand();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SignedCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.SignedCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.SignedCommand} SignedCommand
             */
            SignedCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.SignedCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.SignedCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.SignedCommand();
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a SignedCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.SignedCommand
             * @static
             * @param {vigil.v1.SignedCommand} message SignedCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this SignedCommand to JSON.
             * @function toJSON
             * @memberof vigil.v1.SignedCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedCommand.prototype.toJSON = function() {
                return SignedCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SignedCommand
             * @function getTypeUrl
             * @memberof vigil.v1.SignedCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.SignedCommand";
            };

            return SignedCommand;
        })();

        v1.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} vigil.v1.Command.$Properties
             * @property {string|null} [commandId] Command commandId
             * @property {string|null} [agentId] Command agentId
             * @property {number|Long|null} [issuedAtMs] Command issuedAtMs
             * @property {number|Long|null} [expiresAtMs] Command expiresAtMs
             * @property {Uint8Array|null} [nonce] Command nonce
             * @property {boolean|null} [dryRun] Command dryRun
             * @property {string|null} [operator] Command operator
             * @property {vigil.v1.IsolateHost.$Properties|null} [isolate] Command isolate
             * @property {vigil.v1.ReleaseHost.$Properties|null} [release] Command release
             * @property {vigil.v1.StopService.$Properties|null} [stopService] Command stopService
             * @property {vigil.v1.StartService.$Properties|null} [startService] Command startService
             * @property {vigil.v1.KillProcess.$Properties|null} [killProcess] Command killProcess
             * @property {vigil.v1.BlockAddress.$Properties|null} [blockAddress] Command blockAddress
             * @property {vigil.v1.UnblockAddress.$Properties|null} [unblockAddress] Command unblockAddress
             * @property {vigil.v1.QuarantineFile.$Properties|null} [quarantineFile] Command quarantineFile
             * @property {vigil.v1.RestoreFile.$Properties|null} [restoreFile] Command restoreFile
             * @property {vigil.v1.TriageSnapshot.$Properties|null} [triage] Command triage
             * @property {vigil.v1.CollectFile.$Properties|null} [collectFile] Command collectFile
             * @property {vigil.v1.Upgrade.$Properties|null} [upgrade] Command upgrade
             * @property {"isolate"|"release"|"stopService"|"startService"|"killProcess"|"blockAddress"|"unblockAddress"|"quarantineFile"|"restoreFile"|"triage"|"collectFile"|"upgrade"} [action] Command action
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof vigil.v1
             * @interface ICommand
             * @augments vigil.v1.Command.$Properties
             * @deprecated Use vigil.v1.Command.$Properties instead.
             */

            /**
             * Narrowed shape of a Command.
             * @typedef {{
             *   commandId?: string|null;
             *   agentId?: string|null;
             *   issuedAtMs?: number|Long|null;
             *   expiresAtMs?: number|Long|null;
             *   nonce?: Uint8Array|null;
             *   dryRun?: boolean|null;
             *   operator?: string|null;
             *   isolate?: vigil.v1.IsolateHost.$Shape|null;
             *   release?: vigil.v1.ReleaseHost.$Shape|null;
             *   stopService?: vigil.v1.StopService.$Shape|null;
             *   startService?: vigil.v1.StartService.$Shape|null;
             *   killProcess?: vigil.v1.KillProcess.$Shape|null;
             *   blockAddress?: vigil.v1.BlockAddress.$Shape|null;
             *   unblockAddress?: vigil.v1.UnblockAddress.$Shape|null;
             *   quarantineFile?: vigil.v1.QuarantineFile.$Shape|null;
             *   restoreFile?: vigil.v1.RestoreFile.$Shape|null;
             *   triage?: vigil.v1.TriageSnapshot.$Shape|null;
             *   collectFile?: vigil.v1.CollectFile.$Shape|null;
             *   upgrade?: vigil.v1.Upgrade.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ action?: undefined; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "isolate"; isolate: vigil.v1.IsolateHost.$Shape; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "release"; isolate?: null; release: vigil.v1.ReleaseHost.$Shape; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "stopService"; isolate?: null; release?: null; stopService: vigil.v1.StopService.$Shape; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "startService"; isolate?: null; release?: null; stopService?: null; startService: vigil.v1.StartService.$Shape; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "killProcess"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess: vigil.v1.KillProcess.$Shape; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "blockAddress"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress: vigil.v1.BlockAddress.$Shape; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "unblockAddress"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress: vigil.v1.UnblockAddress.$Shape; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "quarantineFile"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile: vigil.v1.QuarantineFile.$Shape; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "restoreFile"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile: vigil.v1.RestoreFile.$Shape; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "triage"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage: vigil.v1.TriageSnapshot.$Shape; collectFile?: null; upgrade?: null }|{ action?: "collectFile"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile: vigil.v1.CollectFile.$Shape; upgrade?: null }|{ action?: "upgrade"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade: vigil.v1.Upgrade.$Shape })
             * )} vigil.v1.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof vigil.v1
             * @classdesc Represents a Command.
             * @constructor
             * @param {vigil.v1.Command.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Command commandId.
             * @member {string} commandId
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.commandId = "";

            /**
             * Command agentId.
             * @member {string} agentId
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.agentId = "";

            /**
             * Command issuedAtMs.
             * @member {number|Long} issuedAtMs
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Command expiresAtMs.
             * @member {number|Long} expiresAtMs
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Command nonce.
             * @member {Uint8Array} nonce
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.nonce = $util.newBuffer([]);

            /**
             * Command dryRun.
             * @member {boolean} dryRun
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.dryRun = false;

            /**
             * Command operator.
             * @member {string} operator
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.operator = "";

            /**
             * Command isolate.
             * @member {vigil.v1.IsolateHost.$Properties|null|undefined} isolate
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.isolate = null;

            /**
             * Command release.
             * @member {vigil.v1.ReleaseHost.$Properties|null|undefined} release
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.release = null;

            /**
             * Command stopService.
             * @member {vigil.v1.StopService.$Properties|null|undefined} stopService
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.stopService = null;

            /**
             * Command startService.
             * @member {vigil.v1.StartService.$Properties|null|undefined} startService
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.startService = null;

            /**
             * Command killProcess.
             * @member {vigil.v1.KillProcess.$Properties|null|undefined} killProcess
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.killProcess = null;

            /**
             * Command blockAddress.
             * @member {vigil.v1.BlockAddress.$Properties|null|undefined} blockAddress
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.blockAddress = null;

            /**
             * Command unblockAddress.
             * @member {vigil.v1.UnblockAddress.$Properties|null|undefined} unblockAddress
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.unblockAddress = null;

            /**
             * Command quarantineFile.
             * @member {vigil.v1.QuarantineFile.$Properties|null|undefined} quarantineFile
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.quarantineFile = null;

            /**
             * Command restoreFile.
             * @member {vigil.v1.RestoreFile.$Properties|null|undefined} restoreFile
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.restoreFile = null;

            /**
             * Command triage.
             * @member {vigil.v1.TriageSnapshot.$Properties|null|undefined} triage
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.triage = null;

            /**
             * Command collectFile.
             * @member {vigil.v1.CollectFile.$Properties|null|undefined} collectFile
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.collectFile = null;

            /**
             * Command upgrade.
             * @member {vigil.v1.Upgrade.$Properties|null|undefined} upgrade
             * @memberof vigil.v1.Command
             * @instance
             */
            Command.prototype.upgrade = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Command action.
             * @member {"isolate"|"release"|"stopService"|"startService"|"killProcess"|"blockAddress"|"unblockAddress"|"quarantineFile"|"restoreFile"|"triage"|"collectFile"|"upgrade"|undefined} action
             * @memberof vigil.v1.Command
             * @instance
             */
            $Object.defineProperty(Command.prototype, "action", {
                get: $util.oneOfGetter($oneOfFields = ["isolate", "release", "stopService", "startService", "killProcess", "blockAddress", "unblockAddress", "quarantineFile", "restoreFile", "triage", "collectFile", "upgrade"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Command
             * @static
             * @param {vigil.v1.Command.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Command} Command instance
             * @type {{
             *   (properties: vigil.v1.Command.$Shape): vigil.v1.Command & vigil.v1.Command.$Shape;
             *   (properties?: vigil.v1.Command.$Properties): vigil.v1.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link vigil.v1.Command.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Command
             * @static
             * @param {vigil.v1.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.agentId);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.issuedAtMs);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.expiresAtMs);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.nonce);
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.dryRun);
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.operator);
                if (message.isolate != null && $Object.hasOwnProperty.call(message, "isolate"))
                    $root.vigil.v1.IsolateHost.encode(message.isolate, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.release != null && $Object.hasOwnProperty.call(message, "release"))
                    $root.vigil.v1.ReleaseHost.encode(message.release, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.stopService != null && $Object.hasOwnProperty.call(message, "stopService"))
                    $root.vigil.v1.StopService.encode(message.stopService, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.startService != null && $Object.hasOwnProperty.call(message, "startService"))
                    $root.vigil.v1.StartService.encode(message.startService, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.killProcess != null && $Object.hasOwnProperty.call(message, "killProcess"))
                    $root.vigil.v1.KillProcess.encode(message.killProcess, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.blockAddress != null && $Object.hasOwnProperty.call(message, "blockAddress"))
                    $root.vigil.v1.BlockAddress.encode(message.blockAddress, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.unblockAddress != null && $Object.hasOwnProperty.call(message, "unblockAddress"))
                    $root.vigil.v1.UnblockAddress.encode(message.unblockAddress, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.quarantineFile != null && $Object.hasOwnProperty.call(message, "quarantineFile"))
                    $root.vigil.v1.QuarantineFile.encode(message.quarantineFile, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.restoreFile != null && $Object.hasOwnProperty.call(message, "restoreFile"))
                    $root.vigil.v1.RestoreFile.encode(message.restoreFile, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.triage != null && $Object.hasOwnProperty.call(message, "triage"))
                    $root.vigil.v1.TriageSnapshot.encode(message.triage, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.collectFile != null && $Object.hasOwnProperty.call(message, "collectFile"))
                    $root.vigil.v1.CollectFile.encode(message.collectFile, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.upgrade != null && $Object.hasOwnProperty.call(message, "upgrade"))
                    $root.vigil.v1.Upgrade.encode(message.upgrade, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Command & vigil.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.Command();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dryRun = value;
                            else
                                delete message.dryRun;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.operator = value;
                            else
                                delete message.operator;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.isolate = $root.vigil.v1.IsolateHost.decode(reader, reader.size(), $undefined, _depth + 1, message.isolate);
                            message.action = "isolate";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.release = $root.vigil.v1.ReleaseHost.decode(reader, reader.size(), $undefined, _depth + 1, message.release);
                            message.action = "release";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.stopService = $root.vigil.v1.StopService.decode(reader, reader.size(), $undefined, _depth + 1, message.stopService);
                            message.action = "stopService";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.startService = $root.vigil.v1.StartService.decode(reader, reader.size(), $undefined, _depth + 1, message.startService);
                            message.action = "startService";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.killProcess = $root.vigil.v1.KillProcess.decode(reader, reader.size(), $undefined, _depth + 1, message.killProcess);
                            message.action = "killProcess";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.blockAddress = $root.vigil.v1.BlockAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.blockAddress);
                            message.action = "blockAddress";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.unblockAddress = $root.vigil.v1.UnblockAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.unblockAddress);
                            message.action = "unblockAddress";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.quarantineFile = $root.vigil.v1.QuarantineFile.decode(reader, reader.size(), $undefined, _depth + 1, message.quarantineFile);
                            message.action = "quarantineFile";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.restoreFile = $root.vigil.v1.RestoreFile.decode(reader, reader.size(), $undefined, _depth + 1, message.restoreFile);
                            message.action = "restoreFile";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.triage = $root.vigil.v1.TriageSnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.triage);
                            message.action = "triage";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.collectFile = $root.vigil.v1.CollectFile.decode(reader, reader.size(), $undefined, _depth + 1, message.collectFile);
                            message.action = "collectFile";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.upgrade = $root.vigil.v1.Upgrade.decode(reader, reader.size(), $undefined, _depth + 1, message.upgrade);
                            message.action = "upgrade";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Command
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Command} Command
             */
            Command.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Command)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Command: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Command();
                if (object.commandId != null)
                    if (typeof object.commandId !== "string" || object.commandId.length)
                        message.commandId = $String(object.commandId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.issuedAtMs != null)
                    if (typeof object.issuedAtMs === "object" ? object.issuedAtMs.low || object.issuedAtMs.high : $Number(object.issuedAtMs) !== 0)
                        if ($util.Long)
                            message.issuedAtMs = $util.Long.fromValue(object.issuedAtMs, true);
                        else if (typeof object.issuedAtMs === "string")
                            message.issuedAtMs = $parseInt(object.issuedAtMs, 10);
                        else if (typeof object.issuedAtMs === "number")
                            message.issuedAtMs = object.issuedAtMs;
                        else if (typeof object.issuedAtMs === "object")
                            message.issuedAtMs = new $util.LongBits(object.issuedAtMs.low >>> 0, object.issuedAtMs.high >>> 0).toNumber(true);
                if (object.expiresAtMs != null)
                    if (typeof object.expiresAtMs === "object" ? object.expiresAtMs.low || object.expiresAtMs.high : $Number(object.expiresAtMs) !== 0)
                        if ($util.Long)
                            message.expiresAtMs = $util.Long.fromValue(object.expiresAtMs, true);
                        else if (typeof object.expiresAtMs === "string")
                            message.expiresAtMs = $parseInt(object.expiresAtMs, 10);
                        else if (typeof object.expiresAtMs === "number")
                            message.expiresAtMs = object.expiresAtMs;
                        else if (typeof object.expiresAtMs === "object")
                            message.expiresAtMs = new $util.LongBits(object.expiresAtMs.low >>> 0, object.expiresAtMs.high >>> 0).toNumber(true);
                if (object.nonce != null)
                    if (object.nonce.length)
                        if (typeof object.nonce === "string")
                            $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                        else if (object.nonce.length >= 0)
                            message.nonce = object.nonce;
                if (object.dryRun != null)
                    if (object.dryRun)
                        message.dryRun = $Boolean(object.dryRun);
                if (object.operator != null)
                    if (typeof object.operator !== "string" || object.operator.length)
                        message.operator = $String(object.operator);
                if (object.isolate != null) {
                    if (!$util.isObject(object.isolate))
                        throw $TypeError(".vigil.v1.Command.isolate: object expected");
                    message.isolate = $root.vigil.v1.IsolateHost.fromObject(object.isolate, _depth + 1);
                }
                if (object.release != null) {
                    if (!$util.isObject(object.release))
                        throw $TypeError(".vigil.v1.Command.release: object expected");
                    message.release = $root.vigil.v1.ReleaseHost.fromObject(object.release, _depth + 1);
                }
                if (object.stopService != null) {
                    if (!$util.isObject(object.stopService))
                        throw $TypeError(".vigil.v1.Command.stopService: object expected");
                    message.stopService = $root.vigil.v1.StopService.fromObject(object.stopService, _depth + 1);
                }
                if (object.startService != null) {
                    if (!$util.isObject(object.startService))
                        throw $TypeError(".vigil.v1.Command.startService: object expected");
                    message.startService = $root.vigil.v1.StartService.fromObject(object.startService, _depth + 1);
                }
                if (object.killProcess != null) {
                    if (!$util.isObject(object.killProcess))
                        throw $TypeError(".vigil.v1.Command.killProcess: object expected");
                    message.killProcess = $root.vigil.v1.KillProcess.fromObject(object.killProcess, _depth + 1);
                }
                if (object.blockAddress != null) {
                    if (!$util.isObject(object.blockAddress))
                        throw $TypeError(".vigil.v1.Command.blockAddress: object expected");
                    message.blockAddress = $root.vigil.v1.BlockAddress.fromObject(object.blockAddress, _depth + 1);
                }
                if (object.unblockAddress != null) {
                    if (!$util.isObject(object.unblockAddress))
                        throw $TypeError(".vigil.v1.Command.unblockAddress: object expected");
                    message.unblockAddress = $root.vigil.v1.UnblockAddress.fromObject(object.unblockAddress, _depth + 1);
                }
                if (object.quarantineFile != null) {
                    if (!$util.isObject(object.quarantineFile))
                        throw $TypeError(".vigil.v1.Command.quarantineFile: object expected");
                    message.quarantineFile = $root.vigil.v1.QuarantineFile.fromObject(object.quarantineFile, _depth + 1);
                }
                if (object.restoreFile != null) {
                    if (!$util.isObject(object.restoreFile))
                        throw $TypeError(".vigil.v1.Command.restoreFile: object expected");
                    message.restoreFile = $root.vigil.v1.RestoreFile.fromObject(object.restoreFile, _depth + 1);
                }
                if (object.triage != null) {
                    if (!$util.isObject(object.triage))
                        throw $TypeError(".vigil.v1.Command.triage: object expected");
                    message.triage = $root.vigil.v1.TriageSnapshot.fromObject(object.triage, _depth + 1);
                }
                if (object.collectFile != null) {
                    if (!$util.isObject(object.collectFile))
                        throw $TypeError(".vigil.v1.Command.collectFile: object expected");
                    message.collectFile = $root.vigil.v1.CollectFile.fromObject(object.collectFile, _depth + 1);
                }
                if (object.upgrade != null) {
                    if (!$util.isObject(object.upgrade))
                        throw $TypeError(".vigil.v1.Command.upgrade: object expected");
                    message.upgrade = $root.vigil.v1.Upgrade.fromObject(object.upgrade, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Command
             * @static
             * @param {vigil.v1.Command} message Command
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Command.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.commandId = "";
                    object.agentId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.issuedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.expiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.nonce = "";
                    else {
                        object.nonce = [];
                        if (options.bytes !== $Array)
                            object.nonce = $util.newBuffer(object.nonce);
                    }
                    object.dryRun = false;
                    object.operator = "";
                }
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    object.commandId = message.commandId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAtMs = typeof message.issuedAtMs === "number" ? $BigInt(message.issuedAtMs) : $util.Long.fromBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.issuedAtMs === "number")
                        object.issuedAtMs = options.longs === $String ? $String(message.issuedAtMs) : message.issuedAtMs;
                    else
                        object.issuedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAtMs) : options.longs === $Number ? new $util.LongBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0).toNumber(true) : message.issuedAtMs;
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAtMs = typeof message.expiresAtMs === "number" ? $BigInt(message.expiresAtMs) : $util.Long.fromBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.expiresAtMs === "number")
                        object.expiresAtMs = options.longs === $String ? $String(message.expiresAtMs) : message.expiresAtMs;
                    else
                        object.expiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAtMs) : options.longs === $Number ? new $util.LongBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0).toNumber(true) : message.expiresAtMs;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
                    object.dryRun = message.dryRun;
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                    object.operator = message.operator;
                if (message.isolate != null && $Object.hasOwnProperty.call(message, "isolate")) {
                    object.isolate = $root.vigil.v1.IsolateHost.toObject(message.isolate, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "isolate";
                }
                if (message.release != null && $Object.hasOwnProperty.call(message, "release")) {
                    object.release = $root.vigil.v1.ReleaseHost.toObject(message.release, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "release";
                }
                if (message.stopService != null && $Object.hasOwnProperty.call(message, "stopService")) {
                    object.stopService = $root.vigil.v1.StopService.toObject(message.stopService, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "stopService";
                }
                if (message.startService != null && $Object.hasOwnProperty.call(message, "startService")) {
                    object.startService = $root.vigil.v1.StartService.toObject(message.startService, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "startService";
                }
                if (message.killProcess != null && $Object.hasOwnProperty.call(message, "killProcess")) {
                    object.killProcess = $root.vigil.v1.KillProcess.toObject(message.killProcess, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "killProcess";
                }
                if (message.blockAddress != null && $Object.hasOwnProperty.call(message, "blockAddress")) {
                    object.blockAddress = $root.vigil.v1.BlockAddress.toObject(message.blockAddress, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "blockAddress";
                }
                if (message.unblockAddress != null && $Object.hasOwnProperty.call(message, "unblockAddress")) {
                    object.unblockAddress = $root.vigil.v1.UnblockAddress.toObject(message.unblockAddress, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "unblockAddress";
                }
                if (message.quarantineFile != null && $Object.hasOwnProperty.call(message, "quarantineFile")) {
                    object.quarantineFile = $root.vigil.v1.QuarantineFile.toObject(message.quarantineFile, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "quarantineFile";
                }
                if (message.restoreFile != null && $Object.hasOwnProperty.call(message, "restoreFile")) {
                    object.restoreFile = $root.vigil.v1.RestoreFile.toObject(message.restoreFile, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "restoreFile";
                }
                if (message.triage != null && $Object.hasOwnProperty.call(message, "triage")) {
                    object.triage = $root.vigil.v1.TriageSnapshot.toObject(message.triage, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "triage";
                }
                if (message.collectFile != null && $Object.hasOwnProperty.call(message, "collectFile")) {
                    object.collectFile = $root.vigil.v1.CollectFile.toObject(message.collectFile, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "collectFile";
                }
                if (message.upgrade != null && $Object.hasOwnProperty.call(message, "upgrade")) {
                    object.upgrade = $root.vigil.v1.Upgrade.toObject(message.upgrade, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "upgrade";
                }
                return object;
            };

            /**
             * Converts this Command to JSON.
             * @function toJSON
             * @memberof vigil.v1.Command
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Command
             * @function getTypeUrl
             * @memberof vigil.v1.Command
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Command";
            };

            return Command;
        })();

        v1.IsolateHost = (function() {

            /**
             * Properties of an IsolateHost.
             * @typedef {Object} vigil.v1.IsolateHost.$Properties
             * @property {Array.<string>|null} [allowCidrs] IsolateHost allowCidrs
             * @property {boolean|null} [allowDns] IsolateHost allowDns
             * @property {number|null} [selfTestDeadlineMs] IsolateHost selfTestDeadlineMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IsolateHost.
             * @memberof vigil.v1
             * @interface IIsolateHost
             * @augments vigil.v1.IsolateHost.$Properties
             * @deprecated Use vigil.v1.IsolateHost.$Properties instead.
             */

            /**
             * Shape of an IsolateHost.
             * @typedef {vigil.v1.IsolateHost.$Properties} vigil.v1.IsolateHost.$Shape
             */

            /**
             * Constructs a new IsolateHost.
             * @memberof vigil.v1
             * @classdesc Represents an IsolateHost.
             * @constructor
             * @param {vigil.v1.IsolateHost.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IsolateHost = function (properties) {
                this.allowCidrs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IsolateHost allowCidrs.
             * @member {Array.<string>} allowCidrs
             * @memberof vigil.v1.IsolateHost
             * @instance
             */
            IsolateHost.prototype.allowCidrs = $util.emptyArray;

            /**
             * IsolateHost allowDns.
             * @member {boolean} allowDns
             * @memberof vigil.v1.IsolateHost
             * @instance
             */
            IsolateHost.prototype.allowDns = false;

            /**
             * IsolateHost selfTestDeadlineMs.
             * @member {number} selfTestDeadlineMs
             * @memberof vigil.v1.IsolateHost
             * @instance
             */
            IsolateHost.prototype.selfTestDeadlineMs = 0;

            /**
             * Creates a new IsolateHost instance using the specified properties.
             * @function create
             * @memberof vigil.v1.IsolateHost
             * @static
             * @param {vigil.v1.IsolateHost.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.IsolateHost} IsolateHost instance
             * @type {{
             *   (properties: vigil.v1.IsolateHost.$Shape): vigil.v1.IsolateHost & vigil.v1.IsolateHost.$Shape;
             *   (properties?: vigil.v1.IsolateHost.$Properties): vigil.v1.IsolateHost;
             * }}
             */
            IsolateHost.create = function(properties) {
                return new IsolateHost(properties);
            };

            /**
             * Encodes the specified IsolateHost message. Does not implicitly {@link vigil.v1.IsolateHost.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.IsolateHost
             * @static
             * @param {vigil.v1.IsolateHost.$Properties} message IsolateHost message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IsolateHost.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.allowCidrs != null && message.allowCidrs.length)
                    for (let i = 0; i < message.allowCidrs.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.allowCidrs[i]);
                if (message.allowDns != null && $Object.hasOwnProperty.call(message, "allowDns") && message.allowDns !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.allowDns);
                if (message.selfTestDeadlineMs != null && $Object.hasOwnProperty.call(message, "selfTestDeadlineMs") && message.selfTestDeadlineMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.selfTestDeadlineMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IsolateHost message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.IsolateHost
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.IsolateHost & vigil.v1.IsolateHost.$Shape} IsolateHost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IsolateHost.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.IsolateHost();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.allowCidrs && message.allowCidrs.length))
                                message.allowCidrs = [];
                            message.allowCidrs.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.allowDns = value;
                            else
                                delete message.allowDns;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.selfTestDeadlineMs = value;
                            else
                                delete message.selfTestDeadlineMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an IsolateHost message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.IsolateHost
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.IsolateHost} IsolateHost
             */
            IsolateHost.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.IsolateHost)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.IsolateHost: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.IsolateHost();
                if (object.allowCidrs) {
                    if (!$Array.isArray(object.allowCidrs))
                        throw $TypeError(".vigil.v1.IsolateHost.allowCidrs: array expected");
                    message.allowCidrs = $Array(object.allowCidrs.length);
                    for (let i = 0; i < object.allowCidrs.length; ++i)
                        message.allowCidrs[i] = $String(object.allowCidrs[i]);
                }
                if (object.allowDns != null)
                    if (object.allowDns)
                        message.allowDns = $Boolean(object.allowDns);
                if (object.selfTestDeadlineMs != null)
                    if ($Number(object.selfTestDeadlineMs) !== 0)
                        message.selfTestDeadlineMs = object.selfTestDeadlineMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an IsolateHost message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.IsolateHost
             * @static
             * @param {vigil.v1.IsolateHost} message IsolateHost
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IsolateHost.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.allowCidrs = [];
                if (options.defaults) {
                    object.allowDns = false;
                    object.selfTestDeadlineMs = 0;
                }
                if (message.allowCidrs && message.allowCidrs.length) {
                    object.allowCidrs = $Array(message.allowCidrs.length);
                    for (let j = 0; j < message.allowCidrs.length; ++j)
                        object.allowCidrs[j] = message.allowCidrs[j];
                }
                if (message.allowDns != null && $Object.hasOwnProperty.call(message, "allowDns"))
                    object.allowDns = message.allowDns;
                if (message.selfTestDeadlineMs != null && $Object.hasOwnProperty.call(message, "selfTestDeadlineMs"))
                    object.selfTestDeadlineMs = message.selfTestDeadlineMs;
                return object;
            };

            /**
             * Converts this IsolateHost to JSON.
             * @function toJSON
             * @memberof vigil.v1.IsolateHost
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IsolateHost.prototype.toJSON = function() {
                return IsolateHost.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IsolateHost
             * @function getTypeUrl
             * @memberof vigil.v1.IsolateHost
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IsolateHost.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.IsolateHost";
            };

            return IsolateHost;
        })();

        v1.ReleaseHost = (function() {

            /**
             * Properties of a ReleaseHost.
             * @typedef {Object} vigil.v1.ReleaseHost.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReleaseHost.
             * @memberof vigil.v1
             * @interface IReleaseHost
             * @augments vigil.v1.ReleaseHost.$Properties
             * @deprecated Use vigil.v1.ReleaseHost.$Properties instead.
             */

            /**
             * Shape of a ReleaseHost.
             * @typedef {vigil.v1.ReleaseHost.$Properties} vigil.v1.ReleaseHost.$Shape
             */

            /**
             * Constructs a new ReleaseHost.
             * @memberof vigil.v1
             * @classdesc Represents a ReleaseHost.
             * @constructor
             * @param {vigil.v1.ReleaseHost.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReleaseHost = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ReleaseHost instance using the specified properties.
             * @function create
             * @memberof vigil.v1.ReleaseHost
             * @static
             * @param {vigil.v1.ReleaseHost.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.ReleaseHost} ReleaseHost instance
             * @type {{
             *   (properties: vigil.v1.ReleaseHost.$Shape): vigil.v1.ReleaseHost & vigil.v1.ReleaseHost.$Shape;
             *   (properties?: vigil.v1.ReleaseHost.$Properties): vigil.v1.ReleaseHost;
             * }}
             */
            ReleaseHost.create = function(properties) {
                return new ReleaseHost(properties);
            };

            /**
             * Encodes the specified ReleaseHost message. Does not implicitly {@link vigil.v1.ReleaseHost.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.ReleaseHost
             * @static
             * @param {vigil.v1.ReleaseHost.$Properties} message ReleaseHost message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReleaseHost.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReleaseHost message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.ReleaseHost
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.ReleaseHost & vigil.v1.ReleaseHost.$Shape} ReleaseHost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReleaseHost.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.ReleaseHost();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReleaseHost message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.ReleaseHost
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.ReleaseHost} ReleaseHost
             */
            ReleaseHost.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.ReleaseHost)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.ReleaseHost: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.vigil.v1.ReleaseHost();
            };

            /**
             * Creates a plain object from a ReleaseHost message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.ReleaseHost
             * @static
             * @param {vigil.v1.ReleaseHost} message ReleaseHost
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReleaseHost.toObject = function () {
                return {};
            };

            /**
             * Converts this ReleaseHost to JSON.
             * @function toJSON
             * @memberof vigil.v1.ReleaseHost
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReleaseHost.prototype.toJSON = function() {
                return ReleaseHost.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReleaseHost
             * @function getTypeUrl
             * @memberof vigil.v1.ReleaseHost
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReleaseHost.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.ReleaseHost";
            };

            return ReleaseHost;
        })();

        v1.StopService = (function() {

            /**
             * Properties of a StopService.
             * @typedef {Object} vigil.v1.StopService.$Properties
             * @property {string|null} [unit] StopService unit
             * @property {boolean|null} [disable] StopService disable
             * @property {boolean|null} [mask] StopService mask
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StopService.
             * @memberof vigil.v1
             * @interface IStopService
             * @augments vigil.v1.StopService.$Properties
             * @deprecated Use vigil.v1.StopService.$Properties instead.
             */

            /**
             * Shape of a StopService.
             * @typedef {vigil.v1.StopService.$Properties} vigil.v1.StopService.$Shape
             */

            /**
             * Constructs a new StopService.
             * @memberof vigil.v1
             * @classdesc Represents a StopService.
             * @constructor
             * @param {vigil.v1.StopService.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StopService = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StopService unit.
             * @member {string} unit
             * @memberof vigil.v1.StopService
             * @instance
             */
            StopService.prototype.unit = "";

            /**
             * StopService disable.
             * @member {boolean} disable
             * @memberof vigil.v1.StopService
             * @instance
             */
            StopService.prototype.disable = false;

            /**
             * StopService mask.
             * @member {boolean} mask
             * @memberof vigil.v1.StopService
             * @instance
             */
            StopService.prototype.mask = false;

            /**
             * Creates a new StopService instance using the specified properties.
             * @function create
             * @memberof vigil.v1.StopService
             * @static
             * @param {vigil.v1.StopService.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.StopService} StopService instance
             * @type {{
             *   (properties: vigil.v1.StopService.$Shape): vigil.v1.StopService & vigil.v1.StopService.$Shape;
             *   (properties?: vigil.v1.StopService.$Properties): vigil.v1.StopService;
             * }}
             */
            StopService.create = function(properties) {
                return new StopService(properties);
            };

            /**
             * Encodes the specified StopService message. Does not implicitly {@link vigil.v1.StopService.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.StopService
             * @static
             * @param {vigil.v1.StopService.$Properties} message StopService message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopService.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && message.unit !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unit);
                if (message.disable != null && $Object.hasOwnProperty.call(message, "disable") && message.disable !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.disable);
                if (message.mask != null && $Object.hasOwnProperty.call(message, "mask") && message.mask !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.mask);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StopService message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.StopService
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.StopService & vigil.v1.StopService.$Shape} StopService
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopService.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.StopService();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unit = value;
                            else
                                delete message.unit;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.disable = value;
                            else
                                delete message.disable;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.mask = value;
                            else
                                delete message.mask;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a StopService message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.StopService
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.StopService} StopService
             */
            StopService.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.StopService)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.StopService: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.StopService();
                if (object.unit != null)
                    if (typeof object.unit !== "string" || object.unit.length)
                        message.unit = $String(object.unit);
                if (object.disable != null)
                    if (object.disable)
                        message.disable = $Boolean(object.disable);
                if (object.mask != null)
                    if (object.mask)
                        message.mask = $Boolean(object.mask);
                return message;
            };

            /**
             * Creates a plain object from a StopService message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.StopService
             * @static
             * @param {vigil.v1.StopService} message StopService
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StopService.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.unit = "";
                    object.disable = false;
                    object.mask = false;
                }
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                    object.unit = message.unit;
                if (message.disable != null && $Object.hasOwnProperty.call(message, "disable"))
                    object.disable = message.disable;
                if (message.mask != null && $Object.hasOwnProperty.call(message, "mask"))
                    object.mask = message.mask;
                return object;
            };

            /**
             * Converts this StopService to JSON.
             * @function toJSON
             * @memberof vigil.v1.StopService
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StopService.prototype.toJSON = function() {
                return StopService.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StopService
             * @function getTypeUrl
             * @memberof vigil.v1.StopService
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StopService.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.StopService";
            };

            return StopService;
        })();

        v1.StartService = (function() {

            /**
             * Properties of a StartService.
             * @typedef {Object} vigil.v1.StartService.$Properties
             * @property {string|null} [unit] StartService unit
             * @property {boolean|null} [unmask] StartService unmask
             * @property {boolean|null} [enable] StartService enable
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartService.
             * @memberof vigil.v1
             * @interface IStartService
             * @augments vigil.v1.StartService.$Properties
             * @deprecated Use vigil.v1.StartService.$Properties instead.
             */

            /**
             * Shape of a StartService.
             * @typedef {vigil.v1.StartService.$Properties} vigil.v1.StartService.$Shape
             */

            /**
             * Constructs a new StartService.
             * @memberof vigil.v1
             * @classdesc Represents a StartService.
             * @constructor
             * @param {vigil.v1.StartService.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartService = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StartService unit.
             * @member {string} unit
             * @memberof vigil.v1.StartService
             * @instance
             */
            StartService.prototype.unit = "";

            /**
             * StartService unmask.
             * @member {boolean} unmask
             * @memberof vigil.v1.StartService
             * @instance
             */
            StartService.prototype.unmask = false;

            /**
             * StartService enable.
             * @member {boolean} enable
             * @memberof vigil.v1.StartService
             * @instance
             */
            StartService.prototype.enable = false;

            /**
             * Creates a new StartService instance using the specified properties.
             * @function create
             * @memberof vigil.v1.StartService
             * @static
             * @param {vigil.v1.StartService.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.StartService} StartService instance
             * @type {{
             *   (properties: vigil.v1.StartService.$Shape): vigil.v1.StartService & vigil.v1.StartService.$Shape;
             *   (properties?: vigil.v1.StartService.$Properties): vigil.v1.StartService;
             * }}
             */
            StartService.create = function(properties) {
                return new StartService(properties);
            };

            /**
             * Encodes the specified StartService message. Does not implicitly {@link vigil.v1.StartService.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.StartService
             * @static
             * @param {vigil.v1.StartService.$Properties} message StartService message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartService.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && message.unit !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.unit);
                if (message.unmask != null && $Object.hasOwnProperty.call(message, "unmask") && message.unmask !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.unmask);
                if (message.enable != null && $Object.hasOwnProperty.call(message, "enable") && message.enable !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.enable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StartService message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.StartService
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.StartService & vigil.v1.StartService.$Shape} StartService
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartService.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.StartService();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unit = value;
                            else
                                delete message.unit;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.unmask = value;
                            else
                                delete message.unmask;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.enable = value;
                            else
                                delete message.enable;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a StartService message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.StartService
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.StartService} StartService
             */
            StartService.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.StartService)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.StartService: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.StartService();
                if (object.unit != null)
                    if (typeof object.unit !== "string" || object.unit.length)
                        message.unit = $String(object.unit);
                if (object.unmask != null)
                    if (object.unmask)
                        message.unmask = $Boolean(object.unmask);
                if (object.enable != null)
                    if (object.enable)
                        message.enable = $Boolean(object.enable);
                return message;
            };

            /**
             * Creates a plain object from a StartService message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.StartService
             * @static
             * @param {vigil.v1.StartService} message StartService
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StartService.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.unit = "";
                    object.unmask = false;
                    object.enable = false;
                }
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                    object.unit = message.unit;
                if (message.unmask != null && $Object.hasOwnProperty.call(message, "unmask"))
                    object.unmask = message.unmask;
                if (message.enable != null && $Object.hasOwnProperty.call(message, "enable"))
                    object.enable = message.enable;
                return object;
            };

            /**
             * Converts this StartService to JSON.
             * @function toJSON
             * @memberof vigil.v1.StartService
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StartService.prototype.toJSON = function() {
                return StartService.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StartService
             * @function getTypeUrl
             * @memberof vigil.v1.StartService
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StartService.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.StartService";
            };

            return StartService;
        })();

        v1.KillProcess = (function() {

            /**
             * Properties of a KillProcess.
             * @typedef {Object} vigil.v1.KillProcess.$Properties
             * @property {number|null} [pid] KillProcess pid
             * @property {number|Long|null} [startTimeTicks] KillProcess startTimeTicks
             * @property {boolean|null} [tree] KillProcess tree
             * @property {number|null} [graceMs] KillProcess graceMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KillProcess.
             * @memberof vigil.v1
             * @interface IKillProcess
             * @augments vigil.v1.KillProcess.$Properties
             * @deprecated Use vigil.v1.KillProcess.$Properties instead.
             */

            /**
             * Shape of a KillProcess.
             * @typedef {vigil.v1.KillProcess.$Properties} vigil.v1.KillProcess.$Shape
             */

            /**
             * Constructs a new KillProcess.
             * @memberof vigil.v1
             * @classdesc Represents a KillProcess.
             * @constructor
             * @param {vigil.v1.KillProcess.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KillProcess = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KillProcess pid.
             * @member {number} pid
             * @memberof vigil.v1.KillProcess
             * @instance
             */
            KillProcess.prototype.pid = 0;

            /**
             * KillProcess startTimeTicks.
             * @member {number|Long} startTimeTicks
             * @memberof vigil.v1.KillProcess
             * @instance
             */
            KillProcess.prototype.startTimeTicks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * KillProcess tree.
             * @member {boolean} tree
             * @memberof vigil.v1.KillProcess
             * @instance
             */
            KillProcess.prototype.tree = false;

            /**
             * KillProcess graceMs.
             * @member {number} graceMs
             * @memberof vigil.v1.KillProcess
             * @instance
             */
            KillProcess.prototype.graceMs = 0;

            /**
             * Creates a new KillProcess instance using the specified properties.
             * @function create
             * @memberof vigil.v1.KillProcess
             * @static
             * @param {vigil.v1.KillProcess.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.KillProcess} KillProcess instance
             * @type {{
             *   (properties: vigil.v1.KillProcess.$Shape): vigil.v1.KillProcess & vigil.v1.KillProcess.$Shape;
             *   (properties?: vigil.v1.KillProcess.$Properties): vigil.v1.KillProcess;
             * }}
             */
            KillProcess.create = function(properties) {
                return new KillProcess(properties);
            };

            /**
             * Encodes the specified KillProcess message. Does not implicitly {@link vigil.v1.KillProcess.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.KillProcess
             * @static
             * @param {vigil.v1.KillProcess.$Properties} message KillProcess message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KillProcess.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                if (message.startTimeTicks != null && $Object.hasOwnProperty.call(message, "startTimeTicks") && (typeof message.startTimeTicks === "object" ? message.startTimeTicks.low || message.startTimeTicks.high : message.startTimeTicks !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.startTimeTicks);
                if (message.tree != null && $Object.hasOwnProperty.call(message, "tree") && message.tree !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.tree);
                if (message.graceMs != null && $Object.hasOwnProperty.call(message, "graceMs") && message.graceMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.graceMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KillProcess message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.KillProcess
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.KillProcess & vigil.v1.KillProcess.$Shape} KillProcess
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KillProcess.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.KillProcess();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startTimeTicks = value;
                            else
                                delete message.startTimeTicks;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.tree = value;
                            else
                                delete message.tree;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.graceMs = value;
                            else
                                delete message.graceMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a KillProcess message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.KillProcess
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.KillProcess} KillProcess
             */
            KillProcess.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.KillProcess)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.KillProcess: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.KillProcess();
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.startTimeTicks != null)
                    if (typeof object.startTimeTicks === "object" ? object.startTimeTicks.low || object.startTimeTicks.high : $Number(object.startTimeTicks) !== 0)
                        if ($util.Long)
                            message.startTimeTicks = $util.Long.fromValue(object.startTimeTicks, true);
                        else if (typeof object.startTimeTicks === "string")
                            message.startTimeTicks = $parseInt(object.startTimeTicks, 10);
                        else if (typeof object.startTimeTicks === "number")
                            message.startTimeTicks = object.startTimeTicks;
                        else if (typeof object.startTimeTicks === "object")
                            message.startTimeTicks = new $util.LongBits(object.startTimeTicks.low >>> 0, object.startTimeTicks.high >>> 0).toNumber(true);
                if (object.tree != null)
                    if (object.tree)
                        message.tree = $Boolean(object.tree);
                if (object.graceMs != null)
                    if ($Number(object.graceMs) !== 0)
                        message.graceMs = object.graceMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a KillProcess message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.KillProcess
             * @static
             * @param {vigil.v1.KillProcess} message KillProcess
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KillProcess.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.pid = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startTimeTicks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startTimeTicks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.tree = false;
                    object.graceMs = 0;
                }
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.startTimeTicks != null && $Object.hasOwnProperty.call(message, "startTimeTicks"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startTimeTicks = typeof message.startTimeTicks === "number" ? $BigInt(message.startTimeTicks) : $util.Long.fromBits(message.startTimeTicks.low >>> 0, message.startTimeTicks.high >>> 0, true).toBigInt();
                    else if (typeof message.startTimeTicks === "number")
                        object.startTimeTicks = options.longs === $String ? $String(message.startTimeTicks) : message.startTimeTicks;
                    else
                        object.startTimeTicks = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeTicks) : options.longs === $Number ? new $util.LongBits(message.startTimeTicks.low >>> 0, message.startTimeTicks.high >>> 0).toNumber(true) : message.startTimeTicks;
                if (message.tree != null && $Object.hasOwnProperty.call(message, "tree"))
                    object.tree = message.tree;
                if (message.graceMs != null && $Object.hasOwnProperty.call(message, "graceMs"))
                    object.graceMs = message.graceMs;
                return object;
            };

            /**
             * Converts this KillProcess to JSON.
             * @function toJSON
             * @memberof vigil.v1.KillProcess
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KillProcess.prototype.toJSON = function() {
                return KillProcess.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KillProcess
             * @function getTypeUrl
             * @memberof vigil.v1.KillProcess
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KillProcess.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.KillProcess";
            };

            return KillProcess;
        })();

        v1.BlockAddress = (function() {

            /**
             * Properties of a BlockAddress.
             * @typedef {Object} vigil.v1.BlockAddress.$Properties
             * @property {string|null} [cidr] BlockAddress cidr
             * @property {number|null} [ttlSeconds] BlockAddress ttlSeconds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlockAddress.
             * @memberof vigil.v1
             * @interface IBlockAddress
             * @augments vigil.v1.BlockAddress.$Properties
             * @deprecated Use vigil.v1.BlockAddress.$Properties instead.
             */

            /**
             * Shape of a BlockAddress.
             * @typedef {vigil.v1.BlockAddress.$Properties} vigil.v1.BlockAddress.$Shape
             */

            /**
             * Constructs a new BlockAddress.
             * @memberof vigil.v1
             * @classdesc Represents a BlockAddress.
             * @constructor
             * @param {vigil.v1.BlockAddress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlockAddress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlockAddress cidr.
             * @member {string} cidr
             * @memberof vigil.v1.BlockAddress
             * @instance
             */
            BlockAddress.prototype.cidr = "";

            /**
             * BlockAddress ttlSeconds.
             * @member {number} ttlSeconds
             * @memberof vigil.v1.BlockAddress
             * @instance
             */
            BlockAddress.prototype.ttlSeconds = 0;

            /**
             * Creates a new BlockAddress instance using the specified properties.
             * @function create
             * @memberof vigil.v1.BlockAddress
             * @static
             * @param {vigil.v1.BlockAddress.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.BlockAddress} BlockAddress instance
             * @type {{
             *   (properties: vigil.v1.BlockAddress.$Shape): vigil.v1.BlockAddress & vigil.v1.BlockAddress.$Shape;
             *   (properties?: vigil.v1.BlockAddress.$Properties): vigil.v1.BlockAddress;
             * }}
             */
            BlockAddress.create = function(properties) {
                return new BlockAddress(properties);
            };

            /**
             * Encodes the specified BlockAddress message. Does not implicitly {@link vigil.v1.BlockAddress.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.BlockAddress
             * @static
             * @param {vigil.v1.BlockAddress.$Properties} message BlockAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockAddress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cidr != null && $Object.hasOwnProperty.call(message, "cidr") && message.cidr !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cidr);
                if (message.ttlSeconds != null && $Object.hasOwnProperty.call(message, "ttlSeconds") && message.ttlSeconds !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ttlSeconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlockAddress message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.BlockAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.BlockAddress & vigil.v1.BlockAddress.$Shape} BlockAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockAddress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.BlockAddress();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cidr = value;
                            else
                                delete message.cidr;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttlSeconds = value;
                            else
                                delete message.ttlSeconds;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a BlockAddress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.BlockAddress
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.BlockAddress} BlockAddress
             */
            BlockAddress.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.BlockAddress)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.BlockAddress: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.BlockAddress();
                if (object.cidr != null)
                    if (typeof object.cidr !== "string" || object.cidr.length)
                        message.cidr = $String(object.cidr);
                if (object.ttlSeconds != null)
                    if ($Number(object.ttlSeconds) !== 0)
                        message.ttlSeconds = object.ttlSeconds >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a BlockAddress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.BlockAddress
             * @static
             * @param {vigil.v1.BlockAddress} message BlockAddress
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BlockAddress.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cidr = "";
                    object.ttlSeconds = 0;
                }
                if (message.cidr != null && $Object.hasOwnProperty.call(message, "cidr"))
                    object.cidr = message.cidr;
                if (message.ttlSeconds != null && $Object.hasOwnProperty.call(message, "ttlSeconds"))
                    object.ttlSeconds = message.ttlSeconds;
                return object;
            };

            /**
             * Converts this BlockAddress to JSON.
             * @function toJSON
             * @memberof vigil.v1.BlockAddress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BlockAddress.prototype.toJSON = function() {
                return BlockAddress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BlockAddress
             * @function getTypeUrl
             * @memberof vigil.v1.BlockAddress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BlockAddress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.BlockAddress";
            };

            return BlockAddress;
        })();

        v1.UnblockAddress = (function() {

            /**
             * Properties of an UnblockAddress.
             * @typedef {Object} vigil.v1.UnblockAddress.$Properties
             * @property {string|null} [cidr] UnblockAddress cidr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnblockAddress.
             * @memberof vigil.v1
             * @interface IUnblockAddress
             * @augments vigil.v1.UnblockAddress.$Properties
             * @deprecated Use vigil.v1.UnblockAddress.$Properties instead.
             */

            /**
             * Shape of an UnblockAddress.
             * @typedef {vigil.v1.UnblockAddress.$Properties} vigil.v1.UnblockAddress.$Shape
             */

            /**
             * Constructs a new UnblockAddress.
             * @memberof vigil.v1
             * @classdesc Represents an UnblockAddress.
             * @constructor
             * @param {vigil.v1.UnblockAddress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnblockAddress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnblockAddress cidr.
             * @member {string} cidr
             * @memberof vigil.v1.UnblockAddress
             * @instance
             */
            UnblockAddress.prototype.cidr = "";

            /**
             * Creates a new UnblockAddress instance using the specified properties.
             * @function create
             * @memberof vigil.v1.UnblockAddress
             * @static
             * @param {vigil.v1.UnblockAddress.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.UnblockAddress} UnblockAddress instance
             * @type {{
             *   (properties: vigil.v1.UnblockAddress.$Shape): vigil.v1.UnblockAddress & vigil.v1.UnblockAddress.$Shape;
             *   (properties?: vigil.v1.UnblockAddress.$Properties): vigil.v1.UnblockAddress;
             * }}
             */
            UnblockAddress.create = function(properties) {
                return new UnblockAddress(properties);
            };

            /**
             * Encodes the specified UnblockAddress message. Does not implicitly {@link vigil.v1.UnblockAddress.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.UnblockAddress
             * @static
             * @param {vigil.v1.UnblockAddress.$Properties} message UnblockAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnblockAddress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cidr != null && $Object.hasOwnProperty.call(message, "cidr") && message.cidr !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cidr);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UnblockAddress message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.UnblockAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.UnblockAddress & vigil.v1.UnblockAddress.$Shape} UnblockAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnblockAddress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.UnblockAddress();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cidr = value;
                            else
                                delete message.cidr;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an UnblockAddress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.UnblockAddress
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.UnblockAddress} UnblockAddress
             */
            UnblockAddress.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.UnblockAddress)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.UnblockAddress: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.UnblockAddress();
                if (object.cidr != null)
                    if (typeof object.cidr !== "string" || object.cidr.length)
                        message.cidr = $String(object.cidr);
                return message;
            };

            /**
             * Creates a plain object from an UnblockAddress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.UnblockAddress
             * @static
             * @param {vigil.v1.UnblockAddress} message UnblockAddress
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UnblockAddress.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.cidr = "";
                if (message.cidr != null && $Object.hasOwnProperty.call(message, "cidr"))
                    object.cidr = message.cidr;
                return object;
            };

            /**
             * Converts this UnblockAddress to JSON.
             * @function toJSON
             * @memberof vigil.v1.UnblockAddress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UnblockAddress.prototype.toJSON = function() {
                return UnblockAddress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UnblockAddress
             * @function getTypeUrl
             * @memberof vigil.v1.UnblockAddress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnblockAddress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.UnblockAddress";
            };

            return UnblockAddress;
        })();

        v1.QuarantineFile = (function() {

            /**
             * Properties of a QuarantineFile.
             * @typedef {Object} vigil.v1.QuarantineFile.$Properties
             * @property {string|null} [path] QuarantineFile path
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QuarantineFile.
             * @memberof vigil.v1
             * @interface IQuarantineFile
             * @augments vigil.v1.QuarantineFile.$Properties
             * @deprecated Use vigil.v1.QuarantineFile.$Properties instead.
             */

            /**
             * Shape of a QuarantineFile.
             * @typedef {vigil.v1.QuarantineFile.$Properties} vigil.v1.QuarantineFile.$Shape
             */

            /**
             * Constructs a new QuarantineFile.
             * @memberof vigil.v1
             * @classdesc Represents a QuarantineFile.
             * @constructor
             * @param {vigil.v1.QuarantineFile.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QuarantineFile = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QuarantineFile path.
             * @member {string} path
             * @memberof vigil.v1.QuarantineFile
             * @instance
             */
            QuarantineFile.prototype.path = "";

            /**
             * Creates a new QuarantineFile instance using the specified properties.
             * @function create
             * @memberof vigil.v1.QuarantineFile
             * @static
             * @param {vigil.v1.QuarantineFile.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.QuarantineFile} QuarantineFile instance
             * @type {{
             *   (properties: vigil.v1.QuarantineFile.$Shape): vigil.v1.QuarantineFile & vigil.v1.QuarantineFile.$Shape;
             *   (properties?: vigil.v1.QuarantineFile.$Properties): vigil.v1.QuarantineFile;
             * }}
             */
            QuarantineFile.create = function(properties) {
                return new QuarantineFile(properties);
            };

            /**
             * Encodes the specified QuarantineFile message. Does not implicitly {@link vigil.v1.QuarantineFile.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.QuarantineFile
             * @static
             * @param {vigil.v1.QuarantineFile.$Properties} message QuarantineFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QuarantineFile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QuarantineFile message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.QuarantineFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.QuarantineFile & vigil.v1.QuarantineFile.$Shape} QuarantineFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QuarantineFile.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.QuarantineFile();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a QuarantineFile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.QuarantineFile
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.QuarantineFile} QuarantineFile
             */
            QuarantineFile.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.QuarantineFile)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.QuarantineFile: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.QuarantineFile();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                return message;
            };

            /**
             * Creates a plain object from a QuarantineFile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.QuarantineFile
             * @static
             * @param {vigil.v1.QuarantineFile} message QuarantineFile
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QuarantineFile.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.path = "";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                return object;
            };

            /**
             * Converts this QuarantineFile to JSON.
             * @function toJSON
             * @memberof vigil.v1.QuarantineFile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QuarantineFile.prototype.toJSON = function() {
                return QuarantineFile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QuarantineFile
             * @function getTypeUrl
             * @memberof vigil.v1.QuarantineFile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QuarantineFile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.QuarantineFile";
            };

            return QuarantineFile;
        })();

        v1.RestoreFile = (function() {

            /**
             * Properties of a RestoreFile.
             * @typedef {Object} vigil.v1.RestoreFile.$Properties
             * @property {string|null} [quarantineId] RestoreFile quarantineId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RestoreFile.
             * @memberof vigil.v1
             * @interface IRestoreFile
             * @augments vigil.v1.RestoreFile.$Properties
             * @deprecated Use vigil.v1.RestoreFile.$Properties instead.
             */

            /**
             * Shape of a RestoreFile.
             * @typedef {vigil.v1.RestoreFile.$Properties} vigil.v1.RestoreFile.$Shape
             */

            /**
             * Constructs a new RestoreFile.
             * @memberof vigil.v1
             * @classdesc Represents a RestoreFile.
             * @constructor
             * @param {vigil.v1.RestoreFile.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RestoreFile = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RestoreFile quarantineId.
             * @member {string} quarantineId
             * @memberof vigil.v1.RestoreFile
             * @instance
             */
            RestoreFile.prototype.quarantineId = "";

            /**
             * Creates a new RestoreFile instance using the specified properties.
             * @function create
             * @memberof vigil.v1.RestoreFile
             * @static
             * @param {vigil.v1.RestoreFile.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.RestoreFile} RestoreFile instance
             * @type {{
             *   (properties: vigil.v1.RestoreFile.$Shape): vigil.v1.RestoreFile & vigil.v1.RestoreFile.$Shape;
             *   (properties?: vigil.v1.RestoreFile.$Properties): vigil.v1.RestoreFile;
             * }}
             */
            RestoreFile.create = function(properties) {
                return new RestoreFile(properties);
            };

            /**
             * Encodes the specified RestoreFile message. Does not implicitly {@link vigil.v1.RestoreFile.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.RestoreFile
             * @static
             * @param {vigil.v1.RestoreFile.$Properties} message RestoreFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RestoreFile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.quarantineId != null && $Object.hasOwnProperty.call(message, "quarantineId") && message.quarantineId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.quarantineId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RestoreFile message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.RestoreFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.RestoreFile & vigil.v1.RestoreFile.$Shape} RestoreFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RestoreFile.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.RestoreFile();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.quarantineId = value;
                            else
                                delete message.quarantineId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RestoreFile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.RestoreFile
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.RestoreFile} RestoreFile
             */
            RestoreFile.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.RestoreFile)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.RestoreFile: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.RestoreFile();
                if (object.quarantineId != null)
                    if (typeof object.quarantineId !== "string" || object.quarantineId.length)
                        message.quarantineId = $String(object.quarantineId);
                return message;
            };

            /**
             * Creates a plain object from a RestoreFile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.RestoreFile
             * @static
             * @param {vigil.v1.RestoreFile} message RestoreFile
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RestoreFile.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.quarantineId = "";
                if (message.quarantineId != null && $Object.hasOwnProperty.call(message, "quarantineId"))
                    object.quarantineId = message.quarantineId;
                return object;
            };

            /**
             * Converts this RestoreFile to JSON.
             * @function toJSON
             * @memberof vigil.v1.RestoreFile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RestoreFile.prototype.toJSON = function() {
                return RestoreFile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RestoreFile
             * @function getTypeUrl
             * @memberof vigil.v1.RestoreFile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RestoreFile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.RestoreFile";
            };

            return RestoreFile;
        })();

        v1.TriageSnapshot = (function() {

            /**
             * Properties of a TriageSnapshot.
             * @typedef {Object} vigil.v1.TriageSnapshot.$Properties
             * @property {number|null} [authLogLines] TriageSnapshot authLogLines
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TriageSnapshot.
             * @memberof vigil.v1
             * @interface ITriageSnapshot
             * @augments vigil.v1.TriageSnapshot.$Properties
             * @deprecated Use vigil.v1.TriageSnapshot.$Properties instead.
             */

            /**
             * Shape of a TriageSnapshot.
             * @typedef {vigil.v1.TriageSnapshot.$Properties} vigil.v1.TriageSnapshot.$Shape
             */

            /**
             * Constructs a new TriageSnapshot.
             * @memberof vigil.v1
             * @classdesc Represents a TriageSnapshot.
             * @constructor
             * @param {vigil.v1.TriageSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TriageSnapshot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TriageSnapshot authLogLines.
             * @member {number} authLogLines
             * @memberof vigil.v1.TriageSnapshot
             * @instance
             */
            TriageSnapshot.prototype.authLogLines = 0;

            /**
             * Creates a new TriageSnapshot instance using the specified properties.
             * @function create
             * @memberof vigil.v1.TriageSnapshot
             * @static
             * @param {vigil.v1.TriageSnapshot.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.TriageSnapshot} TriageSnapshot instance
             * @type {{
             *   (properties: vigil.v1.TriageSnapshot.$Shape): vigil.v1.TriageSnapshot & vigil.v1.TriageSnapshot.$Shape;
             *   (properties?: vigil.v1.TriageSnapshot.$Properties): vigil.v1.TriageSnapshot;
             * }}
             */
            TriageSnapshot.create = function(properties) {
                return new TriageSnapshot(properties);
            };

            /**
             * Encodes the specified TriageSnapshot message. Does not implicitly {@link vigil.v1.TriageSnapshot.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.TriageSnapshot
             * @static
             * @param {vigil.v1.TriageSnapshot.$Properties} message TriageSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TriageSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.authLogLines != null && $Object.hasOwnProperty.call(message, "authLogLines") && message.authLogLines !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.authLogLines);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TriageSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.TriageSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.TriageSnapshot & vigil.v1.TriageSnapshot.$Shape} TriageSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TriageSnapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.TriageSnapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.authLogLines = value;
                            else
                                delete message.authLogLines;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TriageSnapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.TriageSnapshot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.TriageSnapshot} TriageSnapshot
             */
            TriageSnapshot.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.TriageSnapshot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.TriageSnapshot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.TriageSnapshot();
                if (object.authLogLines != null)
                    if ($Number(object.authLogLines) !== 0)
                        message.authLogLines = object.authLogLines >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TriageSnapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.TriageSnapshot
             * @static
             * @param {vigil.v1.TriageSnapshot} message TriageSnapshot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TriageSnapshot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.authLogLines = 0;
                if (message.authLogLines != null && $Object.hasOwnProperty.call(message, "authLogLines"))
                    object.authLogLines = message.authLogLines;
                return object;
            };

            /**
             * Converts this TriageSnapshot to JSON.
             * @function toJSON
             * @memberof vigil.v1.TriageSnapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TriageSnapshot.prototype.toJSON = function() {
                return TriageSnapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TriageSnapshot
             * @function getTypeUrl
             * @memberof vigil.v1.TriageSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TriageSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.TriageSnapshot";
            };

            return TriageSnapshot;
        })();

        v1.CollectFile = (function() {

            /**
             * Properties of a CollectFile.
             * @typedef {Object} vigil.v1.CollectFile.$Properties
             * @property {string|null} [path] CollectFile path
             * @property {number|Long|null} [maxBytes] CollectFile maxBytes
             * @property {boolean|null} [credentialAccess] CollectFile credentialAccess
             * @property {string|null} [reason] CollectFile reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CollectFile.
             * @memberof vigil.v1
             * @interface ICollectFile
             * @augments vigil.v1.CollectFile.$Properties
             * @deprecated Use vigil.v1.CollectFile.$Properties instead.
             */

            /**
             * Shape of a CollectFile.
             * @typedef {vigil.v1.CollectFile.$Properties} vigil.v1.CollectFile.$Shape
             */

            /**
             * Constructs a new CollectFile.
             * @memberof vigil.v1
             * @classdesc Represents a CollectFile.
             * @constructor
             * @param {vigil.v1.CollectFile.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CollectFile = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CollectFile path.
             * @member {string} path
             * @memberof vigil.v1.CollectFile
             * @instance
             */
            CollectFile.prototype.path = "";

            /**
             * CollectFile maxBytes.
             * @member {number|Long} maxBytes
             * @memberof vigil.v1.CollectFile
             * @instance
             */
            CollectFile.prototype.maxBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CollectFile credentialAccess.
             * @member {boolean} credentialAccess
             * @memberof vigil.v1.CollectFile
             * @instance
             */
            CollectFile.prototype.credentialAccess = false;

            /**
             * CollectFile reason.
             * @member {string} reason
             * @memberof vigil.v1.CollectFile
             * @instance
             */
            CollectFile.prototype.reason = "";

            /**
             * Creates a new CollectFile instance using the specified properties.
             * @function create
             * @memberof vigil.v1.CollectFile
             * @static
             * @param {vigil.v1.CollectFile.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.CollectFile} CollectFile instance
             * @type {{
             *   (properties: vigil.v1.CollectFile.$Shape): vigil.v1.CollectFile & vigil.v1.CollectFile.$Shape;
             *   (properties?: vigil.v1.CollectFile.$Properties): vigil.v1.CollectFile;
             * }}
             */
            CollectFile.create = function(properties) {
                return new CollectFile(properties);
            };

            /**
             * Encodes the specified CollectFile message. Does not implicitly {@link vigil.v1.CollectFile.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.CollectFile
             * @static
             * @param {vigil.v1.CollectFile.$Properties} message CollectFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CollectFile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes") && (typeof message.maxBytes === "object" ? message.maxBytes.low || message.maxBytes.high : message.maxBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.maxBytes);
                if (message.credentialAccess != null && $Object.hasOwnProperty.call(message, "credentialAccess") && message.credentialAccess !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.credentialAccess);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CollectFile message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.CollectFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.CollectFile & vigil.v1.CollectFile.$Shape} CollectFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CollectFile.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.CollectFile();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxBytes = value;
                            else
                                delete message.maxBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.credentialAccess = value;
                            else
                                delete message.credentialAccess;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CollectFile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.CollectFile
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.CollectFile} CollectFile
             */
            CollectFile.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.CollectFile)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.CollectFile: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.CollectFile();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.maxBytes != null)
                    if (typeof object.maxBytes === "object" ? object.maxBytes.low || object.maxBytes.high : $Number(object.maxBytes) !== 0)
                        if ($util.Long)
                            message.maxBytes = $util.Long.fromValue(object.maxBytes, true);
                        else if (typeof object.maxBytes === "string")
                            message.maxBytes = $parseInt(object.maxBytes, 10);
                        else if (typeof object.maxBytes === "number")
                            message.maxBytes = object.maxBytes;
                        else if (typeof object.maxBytes === "object")
                            message.maxBytes = new $util.LongBits(object.maxBytes.low >>> 0, object.maxBytes.high >>> 0).toNumber(true);
                if (object.credentialAccess != null)
                    if (object.credentialAccess)
                        message.credentialAccess = $Boolean(object.credentialAccess);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a CollectFile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.CollectFile
             * @static
             * @param {vigil.v1.CollectFile} message CollectFile
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CollectFile.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.maxBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.credentialAccess = false;
                    object.reason = "";
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxBytes = typeof message.maxBytes === "number" ? $BigInt(message.maxBytes) : $util.Long.fromBits(message.maxBytes.low >>> 0, message.maxBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.maxBytes === "number")
                        object.maxBytes = options.longs === $String ? $String(message.maxBytes) : message.maxBytes;
                    else
                        object.maxBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.maxBytes) : options.longs === $Number ? new $util.LongBits(message.maxBytes.low >>> 0, message.maxBytes.high >>> 0).toNumber(true) : message.maxBytes;
                if (message.credentialAccess != null && $Object.hasOwnProperty.call(message, "credentialAccess"))
                    object.credentialAccess = message.credentialAccess;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this CollectFile to JSON.
             * @function toJSON
             * @memberof vigil.v1.CollectFile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CollectFile.prototype.toJSON = function() {
                return CollectFile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CollectFile
             * @function getTypeUrl
             * @memberof vigil.v1.CollectFile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CollectFile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.CollectFile";
            };

            return CollectFile;
        })();

        v1.Upgrade = (function() {

            /**
             * Properties of an Upgrade.
             * @typedef {Object} vigil.v1.Upgrade.$Properties
             * @property {string|null} [version] Upgrade version
             * @property {string|null} [url] Upgrade url
             * @property {string|null} [sha256] Upgrade sha256
             * @property {Uint8Array|null} [bundleSignature] Upgrade bundleSignature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Upgrade.
             * @memberof vigil.v1
             * @interface IUpgrade
             * @augments vigil.v1.Upgrade.$Properties
             * @deprecated Use vigil.v1.Upgrade.$Properties instead.
             */

            /**
             * Shape of an Upgrade.
             * @typedef {vigil.v1.Upgrade.$Properties} vigil.v1.Upgrade.$Shape
             */

            /**
             * Constructs a new Upgrade.
             * @memberof vigil.v1
             * @classdesc Represents an Upgrade.
             * @constructor
             * @param {vigil.v1.Upgrade.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Upgrade = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Upgrade version.
             * @member {string} version
             * @memberof vigil.v1.Upgrade
             * @instance
             */
            Upgrade.prototype.version = "";

            /**
             * Upgrade url.
             * @member {string} url
             * @memberof vigil.v1.Upgrade
             * @instance
             */
            Upgrade.prototype.url = "";

            /**
             * Upgrade sha256.
             * @member {string} sha256
             * @memberof vigil.v1.Upgrade
             * @instance
             */
            Upgrade.prototype.sha256 = "";

            /**
             * Upgrade bundleSignature.
             * @member {Uint8Array} bundleSignature
             * @memberof vigil.v1.Upgrade
             * @instance
             */
            Upgrade.prototype.bundleSignature = $util.newBuffer([]);

            /**
             * Creates a new Upgrade instance using the specified properties.
             * @function create
             * @memberof vigil.v1.Upgrade
             * @static
             * @param {vigil.v1.Upgrade.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.Upgrade} Upgrade instance
             * @type {{
             *   (properties: vigil.v1.Upgrade.$Shape): vigil.v1.Upgrade & vigil.v1.Upgrade.$Shape;
             *   (properties?: vigil.v1.Upgrade.$Properties): vigil.v1.Upgrade;
             * }}
             */
            Upgrade.create = function(properties) {
                return new Upgrade(properties);
            };

            /**
             * Encodes the specified Upgrade message. Does not implicitly {@link vigil.v1.Upgrade.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.Upgrade
             * @static
             * @param {vigil.v1.Upgrade.$Properties} message Upgrade message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Upgrade.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.version);
                if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.url);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sha256);
                if (message.bundleSignature != null && $Object.hasOwnProperty.call(message, "bundleSignature") && message.bundleSignature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.bundleSignature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Upgrade message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.Upgrade
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.Upgrade & vigil.v1.Upgrade.$Shape} Upgrade
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Upgrade.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.Upgrade();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.url = value;
                            else
                                delete message.url;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.bundleSignature = value;
                            else
                                delete message.bundleSignature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Upgrade message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.Upgrade
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.Upgrade} Upgrade
             */
            Upgrade.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.Upgrade)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.Upgrade: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.Upgrade();
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.url != null)
                    if (typeof object.url !== "string" || object.url.length)
                        message.url = $String(object.url);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.bundleSignature != null)
                    if (object.bundleSignature.length)
                        if (typeof object.bundleSignature === "string")
                            $util.base64.decode(object.bundleSignature, message.bundleSignature = $util.newBuffer($util.base64.length(object.bundleSignature)), 0);
                        else if (object.bundleSignature.length >= 0)
                            message.bundleSignature = object.bundleSignature;
                return message;
            };

            /**
             * Creates a plain object from an Upgrade message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.Upgrade
             * @static
             * @param {vigil.v1.Upgrade} message Upgrade
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Upgrade.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = "";
                    object.url = "";
                    object.sha256 = "";
                    if (options.bytes === $String)
                        object.bundleSignature = "";
                    else {
                        object.bundleSignature = [];
                        if (options.bytes !== $Array)
                            object.bundleSignature = $util.newBuffer(object.bundleSignature);
                    }
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    object.url = message.url;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.bundleSignature != null && $Object.hasOwnProperty.call(message, "bundleSignature"))
                    object.bundleSignature = options.bytes === $String ? $util.base64.encode(message.bundleSignature, 0, message.bundleSignature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.bundleSignature) : message.bundleSignature;
                return object;
            };

            /**
             * Converts this Upgrade to JSON.
             * @function toJSON
             * @memberof vigil.v1.Upgrade
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Upgrade.prototype.toJSON = function() {
                return Upgrade.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Upgrade
             * @function getTypeUrl
             * @memberof vigil.v1.Upgrade
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Upgrade.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.Upgrade";
            };

            return Upgrade;
        })();

        /**
         * CommandStatus enum.
         * @name vigil.v1.CommandStatus
         * @enum {number}
         * @property {number} COMMAND_STATUS_UNSPECIFIED=0 COMMAND_STATUS_UNSPECIFIED value
         * @property {number} RUNNING=1 RUNNING value
         * @property {number} SUCCEEDED=2 SUCCEEDED value
         * @property {number} FAILED=3 FAILED value
         * @property {number} REFUSED=4 REFUSED value
         */
        v1.CommandStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COMMAND_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RUNNING"] = 1;
            values[valuesById[2] = "SUCCEEDED"] = 2;
            values[valuesById[3] = "FAILED"] = 3;
            values[valuesById[4] = "REFUSED"] = 4;
            return values;
        })();

        v1.CommandResult = (function() {

            /**
             * Properties of a CommandResult.
             * @typedef {Object} vigil.v1.CommandResult.$Properties
             * @property {string|null} [commandId] CommandResult commandId
             * @property {vigil.v1.CommandStatus|null} [status] CommandResult status
             * @property {string|null} [errorCode] CommandResult errorCode
             * @property {string|null} [message] CommandResult message
             * @property {boolean|null} [dryRun] CommandResult dryRun
             * @property {string|null} [outputJson] CommandResult outputJson
             * @property {number|Long|null} [startedAtMs] CommandResult startedAtMs
             * @property {number|Long|null} [finishedAtMs] CommandResult finishedAtMs
             * @property {boolean|null} [duplicate] CommandResult duplicate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandResult.
             * @memberof vigil.v1
             * @interface ICommandResult
             * @augments vigil.v1.CommandResult.$Properties
             * @deprecated Use vigil.v1.CommandResult.$Properties instead.
             */

            /**
             * Shape of a CommandResult.
             * @typedef {vigil.v1.CommandResult.$Properties} vigil.v1.CommandResult.$Shape
             */

            /**
             * Constructs a new CommandResult.
             * @memberof vigil.v1
             * @classdesc Represents a CommandResult.
             * @constructor
             * @param {vigil.v1.CommandResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommandResult commandId.
             * @member {string} commandId
             * @memberof vigil.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.commandId = "";

            /**
             * CommandResult status.
             * @member {vigil.v1.CommandStatus} status
             * @memberof vigil.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.status = 0;

            /**
             * CommandResult errorCode.
             * @member {string} errorCode
             * @memberof vigil.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.errorCode = "";

            /**
             * CommandResult message.
             * @member {string} message
             * @memberof vigil.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.message = "";

            /**
             * CommandResult dryRun.
             * @member {boolean} dryRun
             * @memberof vigil.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.dryRun = false;

            /**
             * CommandResult outputJson.
             * @member {string} outputJson
             * @memberof vigil.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.outputJson = "";

            /**
             * CommandResult startedAtMs.
             * @member {number|Long} startedAtMs
             * @memberof vigil.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CommandResult finishedAtMs.
             * @member {number|Long} finishedAtMs
             * @memberof vigil.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.finishedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CommandResult duplicate.
             * @member {boolean} duplicate
             * @memberof vigil.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.duplicate = false;

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @function create
             * @memberof vigil.v1.CommandResult
             * @static
             * @param {vigil.v1.CommandResult.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.CommandResult} CommandResult instance
             * @type {{
             *   (properties: vigil.v1.CommandResult.$Shape): vigil.v1.CommandResult & vigil.v1.CommandResult.$Shape;
             *   (properties?: vigil.v1.CommandResult.$Properties): vigil.v1.CommandResult;
             * }}
             */
            CommandResult.create = function(properties) {
                return new CommandResult(properties);
            };

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link vigil.v1.CommandResult.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.CommandResult
             * @static
             * @param {vigil.v1.CommandResult.$Properties} message CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.errorCode);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.dryRun);
                if (message.outputJson != null && $Object.hasOwnProperty.call(message, "outputJson") && message.outputJson !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.outputJson);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.startedAtMs);
                if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs") && (typeof message.finishedAtMs === "object" ? message.finishedAtMs.low || message.finishedAtMs.high : message.finishedAtMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.finishedAtMs);
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.duplicate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.CommandResult & vigil.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.CommandResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dryRun = value;
                            else
                                delete message.dryRun;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outputJson = value;
                            else
                                delete message.outputJson;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.finishedAtMs = value;
                            else
                                delete message.finishedAtMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.duplicate = value;
                            else
                                delete message.duplicate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.CommandResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.CommandResult} CommandResult
             */
            CommandResult.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.CommandResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.CommandResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.CommandResult();
                if (object.commandId != null)
                    if (typeof object.commandId !== "string" || object.commandId.length)
                        message.commandId = $String(object.commandId);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.vigil.v1.CommandStatus[object.status] !== 0))
                    switch (object.status) {
                    case "COMMAND_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "RUNNING":
                    case 1:
                        message.status = 1;
                        break;
                    case "SUCCEEDED":
                    case 2:
                        message.status = 2;
                        break;
                    case "FAILED":
                    case 3:
                        message.status = 3;
                        break;
                    case "REFUSED":
                    case 4:
                        message.status = 4;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.errorCode != null)
                    if (typeof object.errorCode !== "string" || object.errorCode.length)
                        message.errorCode = $String(object.errorCode);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.dryRun != null)
                    if (object.dryRun)
                        message.dryRun = $Boolean(object.dryRun);
                if (object.outputJson != null)
                    if (typeof object.outputJson !== "string" || object.outputJson.length)
                        message.outputJson = $String(object.outputJson);
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, true);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber(true);
                if (object.finishedAtMs != null)
                    if (typeof object.finishedAtMs === "object" ? object.finishedAtMs.low || object.finishedAtMs.high : $Number(object.finishedAtMs) !== 0)
                        if ($util.Long)
                            message.finishedAtMs = $util.Long.fromValue(object.finishedAtMs, true);
                        else if (typeof object.finishedAtMs === "string")
                            message.finishedAtMs = $parseInt(object.finishedAtMs, 10);
                        else if (typeof object.finishedAtMs === "number")
                            message.finishedAtMs = object.finishedAtMs;
                        else if (typeof object.finishedAtMs === "object")
                            message.finishedAtMs = new $util.LongBits(object.finishedAtMs.low >>> 0, object.finishedAtMs.high >>> 0).toNumber(true);
                if (object.duplicate != null)
                    if (object.duplicate)
                        message.duplicate = $Boolean(object.duplicate);
                return message;
            };

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.CommandResult
             * @static
             * @param {vigil.v1.CommandResult} message CommandResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.commandId = "";
                    object.status = options.enums === $String ? "COMMAND_STATUS_UNSPECIFIED" : 0;
                    object.errorCode = "";
                    object.message = "";
                    object.dryRun = false;
                    object.outputJson = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.finishedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.finishedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.duplicate = false;
                }
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    object.commandId = message.commandId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.vigil.v1.CommandStatus[message.status] === $undefined ? message.status : $root.vigil.v1.CommandStatus[message.status] : message.status;
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                    object.errorCode = message.errorCode;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
                    object.dryRun = message.dryRun;
                if (message.outputJson != null && $Object.hasOwnProperty.call(message, "outputJson"))
                    object.outputJson = message.outputJson;
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber(true) : message.startedAtMs;
                if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.finishedAtMs = typeof message.finishedAtMs === "number" ? $BigInt(message.finishedAtMs) : $util.Long.fromBits(message.finishedAtMs.low >>> 0, message.finishedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.finishedAtMs === "number")
                        object.finishedAtMs = options.longs === $String ? $String(message.finishedAtMs) : message.finishedAtMs;
                    else
                        object.finishedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.finishedAtMs) : options.longs === $Number ? new $util.LongBits(message.finishedAtMs.low >>> 0, message.finishedAtMs.high >>> 0).toNumber(true) : message.finishedAtMs;
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate"))
                    object.duplicate = message.duplicate;
                return object;
            };

            /**
             * Converts this CommandResult to JSON.
             * @function toJSON
             * @memberof vigil.v1.CommandResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandResult.prototype.toJSON = function() {
                return CommandResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandResult
             * @function getTypeUrl
             * @memberof vigil.v1.CommandResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.CommandResult";
            };

            return CommandResult;
        })();

        v1.FileChunk = (function() {

            /**
             * Properties of a FileChunk.
             * @typedef {Object} vigil.v1.FileChunk.$Properties
             * @property {string|null} [commandId] FileChunk commandId
             * @property {number|Long|null} [offset] FileChunk offset
             * @property {Uint8Array|null} [data] FileChunk data
             * @property {boolean|null} [last] FileChunk last
             * @property {string|null} [sha256] FileChunk sha256
             * @property {number|Long|null} [size] FileChunk size
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FileChunk.
             * @memberof vigil.v1
             * @interface IFileChunk
             * @augments vigil.v1.FileChunk.$Properties
             * @deprecated Use vigil.v1.FileChunk.$Properties instead.
             */

            /**
             * Shape of a FileChunk.
             * @typedef {vigil.v1.FileChunk.$Properties} vigil.v1.FileChunk.$Shape
             */

            /**
             * Constructs a new FileChunk.
             * @memberof vigil.v1
             * @classdesc Represents a FileChunk.
             * @constructor
             * @param {vigil.v1.FileChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FileChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FileChunk commandId.
             * @member {string} commandId
             * @memberof vigil.v1.FileChunk
             * @instance
             */
            FileChunk.prototype.commandId = "";

            /**
             * FileChunk offset.
             * @member {number|Long} offset
             * @memberof vigil.v1.FileChunk
             * @instance
             */
            FileChunk.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FileChunk data.
             * @member {Uint8Array} data
             * @memberof vigil.v1.FileChunk
             * @instance
             */
            FileChunk.prototype.data = $util.newBuffer([]);

            /**
             * FileChunk last.
             * @member {boolean} last
             * @memberof vigil.v1.FileChunk
             * @instance
             */
            FileChunk.prototype.last = false;

            /**
             * FileChunk sha256.
             * @member {string} sha256
             * @memberof vigil.v1.FileChunk
             * @instance
             */
            FileChunk.prototype.sha256 = "";

            /**
             * FileChunk size.
             * @member {number|Long} size
             * @memberof vigil.v1.FileChunk
             * @instance
             */
            FileChunk.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new FileChunk instance using the specified properties.
             * @function create
             * @memberof vigil.v1.FileChunk
             * @static
             * @param {vigil.v1.FileChunk.$Properties=} [properties] Properties to set
             * @returns {vigil.v1.FileChunk} FileChunk instance
             * @type {{
             *   (properties: vigil.v1.FileChunk.$Shape): vigil.v1.FileChunk & vigil.v1.FileChunk.$Shape;
             *   (properties?: vigil.v1.FileChunk.$Properties): vigil.v1.FileChunk;
             * }}
             */
            FileChunk.create = function(properties) {
                return new FileChunk(properties);
            };

            /**
             * Encodes the specified FileChunk message. Does not implicitly {@link vigil.v1.FileChunk.verify|verify} messages.
             * @function encode
             * @memberof vigil.v1.FileChunk
             * @static
             * @param {vigil.v1.FileChunk.$Properties} message FileChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                if (message.last != null && $Object.hasOwnProperty.call(message, "last") && message.last !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.last);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.sha256);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.size);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FileChunk message from the specified reader or buffer.
             * @function decode
             * @memberof vigil.v1.FileChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vigil.v1.FileChunk & vigil.v1.FileChunk.$Shape} FileChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vigil.v1.FileChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.last = value;
                            else
                                delete message.last;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a FileChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vigil.v1.FileChunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vigil.v1.FileChunk} FileChunk
             */
            FileChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.vigil.v1.FileChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vigil.v1.FileChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vigil.v1.FileChunk();
                if (object.commandId != null)
                    if (typeof object.commandId !== "string" || object.commandId.length)
                        message.commandId = $String(object.commandId);
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.last != null)
                    if (object.last)
                        message.last = $Boolean(object.last);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, true);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a FileChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vigil.v1.FileChunk
             * @static
             * @param {vigil.v1.FileChunk} message FileChunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.commandId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.last = false;
                    object.sha256 = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    object.commandId = message.commandId;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    object.last = message.last;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
                return object;
            };

            /**
             * Converts this FileChunk to JSON.
             * @function toJSON
             * @memberof vigil.v1.FileChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileChunk.prototype.toJSON = function() {
                return FileChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FileChunk
             * @function getTypeUrl
             * @memberof vigil.v1.FileChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FileChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vigil.v1.FileChunk";
            };

            return FileChunk;
        })();

        return v1;
    })();

    return vigil;
})();

export {
  $root as default
};
