import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace vigil. */
export namespace vigil {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an AgentMessage.
         * @deprecated Use vigil.v1.AgentMessage.$Properties instead.
         */
        interface IAgentMessage extends vigil.v1.AgentMessage.$Properties {
        }

        /** Represents an AgentMessage. */
        class AgentMessage {

            /**
             * Constructs a new AgentMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.AgentMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentMessage hello. */
            hello?: (vigil.v1.Hello.$Properties|null);

            /** AgentMessage enroll. */
            enroll?: (vigil.v1.EnrollRequest.$Properties|null);

            /** AgentMessage batch. */
            batch?: (vigil.v1.EventBatch.$Properties|null);

            /** AgentMessage commandResult. */
            commandResult?: (vigil.v1.CommandResult.$Properties|null);

            /** AgentMessage heartbeat. */
            heartbeat?: (vigil.v1.Heartbeat.$Properties|null);

            /** AgentMessage fileChunk. */
            fileChunk?: (vigil.v1.FileChunk.$Properties|null);

            /** AgentMessage body. */
            body?: ("hello"|"enroll"|"batch"|"commandResult"|"heartbeat"|"fileChunk");

            /**
             * Creates a new AgentMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentMessage instance
             */
            static create(properties: vigil.v1.AgentMessage.$Shape): vigil.v1.AgentMessage & vigil.v1.AgentMessage.$Shape;
            static create(properties?: vigil.v1.AgentMessage.$Properties): vigil.v1.AgentMessage;

            /**
             * Encodes the specified AgentMessage message. Does not implicitly {@link vigil.v1.AgentMessage.verify|verify} messages.
             * @param message AgentMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.AgentMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.AgentMessage & vigil.v1.AgentMessage.$Shape} AgentMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.AgentMessage & vigil.v1.AgentMessage.$Shape;

            /**
             * Creates an AgentMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentMessage
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.AgentMessage;

            /**
             * Creates a plain object from an AgentMessage message. Also converts values to other types if specified.
             * @param message AgentMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.AgentMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentMessage {

            /** Properties of an AgentMessage. */
            interface $Properties {

                /** AgentMessage hello */
                hello?: (vigil.v1.Hello.$Properties|null);

                /** AgentMessage enroll */
                enroll?: (vigil.v1.EnrollRequest.$Properties|null);

                /** AgentMessage batch */
                batch?: (vigil.v1.EventBatch.$Properties|null);

                /** AgentMessage commandResult */
                commandResult?: (vigil.v1.CommandResult.$Properties|null);

                /** AgentMessage heartbeat */
                heartbeat?: (vigil.v1.Heartbeat.$Properties|null);

                /** AgentMessage fileChunk */
                fileChunk?: (vigil.v1.FileChunk.$Properties|null);

                /** AgentMessage body */
                body?: ("hello"|"enroll"|"batch"|"commandResult"|"heartbeat"|"fileChunk");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an AgentMessage. */
            type $Shape = {
              hello?: vigil.v1.Hello.$Shape|null;
              enroll?: vigil.v1.EnrollRequest.$Shape|null;
              batch?: vigil.v1.EventBatch.$Shape|null;
              commandResult?: vigil.v1.CommandResult.$Shape|null;
              heartbeat?: vigil.v1.Heartbeat.$Shape|null;
              fileChunk?: vigil.v1.FileChunk.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; enroll?: null; batch?: null; commandResult?: null; heartbeat?: null; fileChunk?: null }|{ body?: "hello"; hello: vigil.v1.Hello.$Shape; enroll?: null; batch?: null; commandResult?: null; heartbeat?: null; fileChunk?: null }|{ body?: "enroll"; hello?: null; enroll: vigil.v1.EnrollRequest.$Shape; batch?: null; commandResult?: null; heartbeat?: null; fileChunk?: null }|{ body?: "batch"; hello?: null; enroll?: null; batch: vigil.v1.EventBatch.$Shape; commandResult?: null; heartbeat?: null; fileChunk?: null }|{ body?: "commandResult"; hello?: null; enroll?: null; batch?: null; commandResult: vigil.v1.CommandResult.$Shape; heartbeat?: null; fileChunk?: null }|{ body?: "heartbeat"; hello?: null; enroll?: null; batch?: null; commandResult?: null; heartbeat: vigil.v1.Heartbeat.$Shape; fileChunk?: null }|{ body?: "fileChunk"; hello?: null; enroll?: null; batch?: null; commandResult?: null; heartbeat?: null; fileChunk: vigil.v1.FileChunk.$Shape })
            );
        }

        /**
         * Properties of a CollectorMessage.
         * @deprecated Use vigil.v1.CollectorMessage.$Properties instead.
         */
        interface ICollectorMessage extends vigil.v1.CollectorMessage.$Properties {
        }

        /** Represents a CollectorMessage. */
        class CollectorMessage {

            /**
             * Constructs a new CollectorMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.CollectorMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CollectorMessage challenge. */
            challenge?: (vigil.v1.Challenge.$Properties|null);

            /** CollectorMessage welcome. */
            welcome?: (vigil.v1.Welcome.$Properties|null);

            /** CollectorMessage ack. */
            ack?: (vigil.v1.Ack.$Properties|null);

            /** CollectorMessage command. */
            command?: (vigil.v1.SignedCommand.$Properties|null);

            /** CollectorMessage config. */
            config?: (vigil.v1.AgentConfig.$Properties|null);

            /** CollectorMessage refusal. */
            refusal?: (vigil.v1.Refusal.$Properties|null);

            /** CollectorMessage signedConfig. */
            signedConfig?: (vigil.v1.SignedConfig.$Properties|null);

            /** CollectorMessage body. */
            body?: ("challenge"|"welcome"|"ack"|"command"|"config"|"refusal"|"signedConfig");

            /**
             * Creates a new CollectorMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CollectorMessage instance
             */
            static create(properties: vigil.v1.CollectorMessage.$Shape): vigil.v1.CollectorMessage & vigil.v1.CollectorMessage.$Shape;
            static create(properties?: vigil.v1.CollectorMessage.$Properties): vigil.v1.CollectorMessage;

            /**
             * Encodes the specified CollectorMessage message. Does not implicitly {@link vigil.v1.CollectorMessage.verify|verify} messages.
             * @param message CollectorMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.CollectorMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CollectorMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.CollectorMessage & vigil.v1.CollectorMessage.$Shape} CollectorMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.CollectorMessage & vigil.v1.CollectorMessage.$Shape;

            /**
             * Creates a CollectorMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CollectorMessage
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.CollectorMessage;

            /**
             * Creates a plain object from a CollectorMessage message. Also converts values to other types if specified.
             * @param message CollectorMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.CollectorMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CollectorMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CollectorMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CollectorMessage {

            /** Properties of a CollectorMessage. */
            interface $Properties {

                /** CollectorMessage challenge */
                challenge?: (vigil.v1.Challenge.$Properties|null);

                /** CollectorMessage welcome */
                welcome?: (vigil.v1.Welcome.$Properties|null);

                /** CollectorMessage ack */
                ack?: (vigil.v1.Ack.$Properties|null);

                /** CollectorMessage command */
                command?: (vigil.v1.SignedCommand.$Properties|null);

                /** CollectorMessage config */
                config?: (vigil.v1.AgentConfig.$Properties|null);

                /** CollectorMessage refusal */
                refusal?: (vigil.v1.Refusal.$Properties|null);

                /** CollectorMessage signedConfig */
                signedConfig?: (vigil.v1.SignedConfig.$Properties|null);

                /** CollectorMessage body */
                body?: ("challenge"|"welcome"|"ack"|"command"|"config"|"refusal"|"signedConfig");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a CollectorMessage. */
            type $Shape = {
              challenge?: vigil.v1.Challenge.$Shape|null;
              welcome?: vigil.v1.Welcome.$Shape|null;
              ack?: vigil.v1.Ack.$Shape|null;
              command?: vigil.v1.SignedCommand.$Shape|null;
              config?: vigil.v1.AgentConfig.$Shape|null;
              refusal?: vigil.v1.Refusal.$Shape|null;
              signedConfig?: vigil.v1.SignedConfig.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; challenge?: null; welcome?: null; ack?: null; command?: null; config?: null; refusal?: null; signedConfig?: null }|{ body?: "challenge"; challenge: vigil.v1.Challenge.$Shape; welcome?: null; ack?: null; command?: null; config?: null; refusal?: null; signedConfig?: null }|{ body?: "welcome"; challenge?: null; welcome: vigil.v1.Welcome.$Shape; ack?: null; command?: null; config?: null; refusal?: null; signedConfig?: null }|{ body?: "ack"; challenge?: null; welcome?: null; ack: vigil.v1.Ack.$Shape; command?: null; config?: null; refusal?: null; signedConfig?: null }|{ body?: "command"; challenge?: null; welcome?: null; ack?: null; command: vigil.v1.SignedCommand.$Shape; config?: null; refusal?: null; signedConfig?: null }|{ body?: "config"; challenge?: null; welcome?: null; ack?: null; command?: null; config: vigil.v1.AgentConfig.$Shape; refusal?: null; signedConfig?: null }|{ body?: "refusal"; challenge?: null; welcome?: null; ack?: null; command?: null; config?: null; refusal: vigil.v1.Refusal.$Shape; signedConfig?: null }|{ body?: "signedConfig"; challenge?: null; welcome?: null; ack?: null; command?: null; config?: null; refusal?: null; signedConfig: vigil.v1.SignedConfig.$Shape })
            );
        }

        /**
         * Properties of a Challenge.
         * @deprecated Use vigil.v1.Challenge.$Properties instead.
         */
        interface IChallenge extends vigil.v1.Challenge.$Properties {
        }

        /** Represents a Challenge. */
        class Challenge {

            /**
             * Constructs a new Challenge.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Challenge.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Challenge nonce. */
            nonce: Uint8Array;

            /** Challenge collectorTimeMs. */
            collectorTimeMs: (number|Long);

            /** Challenge collectorVersion. */
            collectorVersion: string;

            /**
             * Creates a new Challenge instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Challenge instance
             */
            static create(properties: vigil.v1.Challenge.$Shape): vigil.v1.Challenge & vigil.v1.Challenge.$Shape;
            static create(properties?: vigil.v1.Challenge.$Properties): vigil.v1.Challenge;

            /**
             * Encodes the specified Challenge message. Does not implicitly {@link vigil.v1.Challenge.verify|verify} messages.
             * @param message Challenge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Challenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Challenge message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Challenge & vigil.v1.Challenge.$Shape} Challenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Challenge & vigil.v1.Challenge.$Shape;

            /**
             * Creates a Challenge message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Challenge
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Challenge;

            /**
             * Creates a plain object from a Challenge message. Also converts values to other types if specified.
             * @param message Challenge
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Challenge, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Challenge to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Challenge
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Challenge {

            /** Properties of a Challenge. */
            interface $Properties {

                /** Challenge nonce */
                nonce?: (Uint8Array|null);

                /** Challenge collectorTimeMs */
                collectorTimeMs?: (number|Long|null);

                /** Challenge collectorVersion */
                collectorVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Challenge. */
            type $Shape = vigil.v1.Challenge.$Properties;
        }

        /**
         * Properties of a Hello.
         * @deprecated Use vigil.v1.Hello.$Properties instead.
         */
        interface IHello extends vigil.v1.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello agentId. */
            agentId: string;

            /** Hello signature. */
            signature: Uint8Array;

            /** Hello agentVersion. */
            agentVersion: string;

            /** Hello lastSeq. */
            lastSeq: (number|Long);

            /** Hello bootTimeMs. */
            bootTimeMs: (number|Long);

            /** Hello agentNonce. */
            agentNonce: Uint8Array;

            /** Hello commandKeyId. */
            commandKeyId: string;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: vigil.v1.Hello.$Shape): vigil.v1.Hello & vigil.v1.Hello.$Shape;
            static create(properties?: vigil.v1.Hello.$Properties): vigil.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link vigil.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Hello & vigil.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Hello & vigil.v1.Hello.$Shape;

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hello
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param message Hello
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Hello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello agentId */
                agentId?: (string|null);

                /** Hello signature */
                signature?: (Uint8Array|null);

                /** Hello agentVersion */
                agentVersion?: (string|null);

                /** Hello lastSeq */
                lastSeq?: (number|Long|null);

                /** Hello bootTimeMs */
                bootTimeMs?: (number|Long|null);

                /** Hello agentNonce */
                agentNonce?: (Uint8Array|null);

                /** Hello commandKeyId */
                commandKeyId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = vigil.v1.Hello.$Properties;
        }

        /**
         * Properties of an EnrollRequest.
         * @deprecated Use vigil.v1.EnrollRequest.$Properties instead.
         */
        interface IEnrollRequest extends vigil.v1.EnrollRequest.$Properties {
        }

        /** Represents an EnrollRequest. */
        class EnrollRequest {

            /**
             * Constructs a new EnrollRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.EnrollRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EnrollRequest token. */
            token: string;

            /** EnrollRequest publicKey. */
            publicKey: Uint8Array;

            /** EnrollRequest signature. */
            signature: Uint8Array;

            /** EnrollRequest inventory. */
            inventory?: (vigil.v1.HostInventory.$Properties|null);

            /** EnrollRequest agentVersion. */
            agentVersion: string;

            /**
             * Creates a new EnrollRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnrollRequest instance
             */
            static create(properties: vigil.v1.EnrollRequest.$Shape): vigil.v1.EnrollRequest & vigil.v1.EnrollRequest.$Shape;
            static create(properties?: vigil.v1.EnrollRequest.$Properties): vigil.v1.EnrollRequest;

            /**
             * Encodes the specified EnrollRequest message. Does not implicitly {@link vigil.v1.EnrollRequest.verify|verify} messages.
             * @param message EnrollRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.EnrollRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnrollRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.EnrollRequest & vigil.v1.EnrollRequest.$Shape} EnrollRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.EnrollRequest & vigil.v1.EnrollRequest.$Shape;

            /**
             * Creates an EnrollRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EnrollRequest
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.EnrollRequest;

            /**
             * Creates a plain object from an EnrollRequest message. Also converts values to other types if specified.
             * @param message EnrollRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.EnrollRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EnrollRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EnrollRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EnrollRequest {

            /** Properties of an EnrollRequest. */
            interface $Properties {

                /** EnrollRequest token */
                token?: (string|null);

                /** EnrollRequest publicKey */
                publicKey?: (Uint8Array|null);

                /** EnrollRequest signature */
                signature?: (Uint8Array|null);

                /** EnrollRequest inventory */
                inventory?: (vigil.v1.HostInventory.$Properties|null);

                /** EnrollRequest agentVersion */
                agentVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EnrollRequest. */
            type $Shape = vigil.v1.EnrollRequest.$Properties;
        }

        /**
         * Properties of a Welcome.
         * @deprecated Use vigil.v1.Welcome.$Properties instead.
         */
        interface IWelcome extends vigil.v1.Welcome.$Properties {
        }

        /** Represents a Welcome. */
        class Welcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Welcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Welcome agentId. */
            agentId: string;

            /** Welcome commandPublicKey. */
            commandPublicKey: Uint8Array;

            /** Welcome ackedSeq. */
            ackedSeq: (number|Long);

            /** Welcome config. */
            config?: (vigil.v1.AgentConfig.$Properties|null);

            /** Welcome collectorTimeMs. */
            collectorTimeMs: (number|Long);

            /** Welcome collectorSignature. */
            collectorSignature: Uint8Array;

            /** Welcome signedConfig. */
            signedConfig?: (vigil.v1.SignedConfig.$Properties|null);

            /** Welcome windowEvents. */
            windowEvents: number;

            /** Welcome keyRotations. */
            keyRotations: vigil.v1.KeyRotation.$Properties[];

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            static create(properties: vigil.v1.Welcome.$Shape): vigil.v1.Welcome & vigil.v1.Welcome.$Shape;
            static create(properties?: vigil.v1.Welcome.$Properties): vigil.v1.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link vigil.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Welcome & vigil.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Welcome & vigil.v1.Welcome.$Shape;

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Welcome
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Welcome;

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @param message Welcome
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Welcome to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Welcome
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Welcome {

            /** Properties of a Welcome. */
            interface $Properties {

                /** Welcome agentId */
                agentId?: (string|null);

                /** Welcome commandPublicKey */
                commandPublicKey?: (Uint8Array|null);

                /** Welcome ackedSeq */
                ackedSeq?: (number|Long|null);

                /** Welcome config */
                config?: (vigil.v1.AgentConfig.$Properties|null);

                /** Welcome collectorTimeMs */
                collectorTimeMs?: (number|Long|null);

                /** Welcome collectorSignature */
                collectorSignature?: (Uint8Array|null);

                /** Welcome signedConfig */
                signedConfig?: (vigil.v1.SignedConfig.$Properties|null);

                /** Welcome windowEvents */
                windowEvents?: (number|null);

                /** Welcome keyRotations */
                keyRotations?: (vigil.v1.KeyRotation.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Welcome. */
            type $Shape = vigil.v1.Welcome.$Properties;
        }

        /**
         * Properties of a KeyRotation.
         * @deprecated Use vigil.v1.KeyRotation.$Properties instead.
         */
        interface IKeyRotation extends vigil.v1.KeyRotation.$Properties {
        }

        /** Represents a KeyRotation. */
        class KeyRotation {

            /**
             * Constructs a new KeyRotation.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.KeyRotation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyRotation fromKey. */
            fromKey: Uint8Array;

            /** KeyRotation toKey. */
            toKey: Uint8Array;

            /** KeyRotation rotatedAtMs. */
            rotatedAtMs: (number|Long);

            /** KeyRotation signature. */
            signature: Uint8Array;

            /**
             * Creates a new KeyRotation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyRotation instance
             */
            static create(properties: vigil.v1.KeyRotation.$Shape): vigil.v1.KeyRotation & vigil.v1.KeyRotation.$Shape;
            static create(properties?: vigil.v1.KeyRotation.$Properties): vigil.v1.KeyRotation;

            /**
             * Encodes the specified KeyRotation message. Does not implicitly {@link vigil.v1.KeyRotation.verify|verify} messages.
             * @param message KeyRotation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.KeyRotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyRotation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.KeyRotation & vigil.v1.KeyRotation.$Shape} KeyRotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.KeyRotation & vigil.v1.KeyRotation.$Shape;

            /**
             * Creates a KeyRotation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KeyRotation
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.KeyRotation;

            /**
             * Creates a plain object from a KeyRotation message. Also converts values to other types if specified.
             * @param message KeyRotation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.KeyRotation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KeyRotation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KeyRotation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyRotation {

            /** Properties of a KeyRotation. */
            interface $Properties {

                /** KeyRotation fromKey */
                fromKey?: (Uint8Array|null);

                /** KeyRotation toKey */
                toKey?: (Uint8Array|null);

                /** KeyRotation rotatedAtMs */
                rotatedAtMs?: (number|Long|null);

                /** KeyRotation signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyRotation. */
            type $Shape = vigil.v1.KeyRotation.$Properties;
        }

        /**
         * Properties of a SignedConfig.
         * @deprecated Use vigil.v1.SignedConfig.$Properties instead.
         */
        interface ISignedConfig extends vigil.v1.SignedConfig.$Properties {
        }

        /** Represents a SignedConfig. */
        class SignedConfig {

            /**
             * Constructs a new SignedConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.SignedConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedConfig payload. */
            payload: Uint8Array;

            /** SignedConfig signature. */
            signature: Uint8Array;

            /**
             * Creates a new SignedConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedConfig instance
             */
            static create(properties: vigil.v1.SignedConfig.$Shape): vigil.v1.SignedConfig & vigil.v1.SignedConfig.$Shape;
            static create(properties?: vigil.v1.SignedConfig.$Properties): vigil.v1.SignedConfig;

            /**
             * Encodes the specified SignedConfig message. Does not implicitly {@link vigil.v1.SignedConfig.verify|verify} messages.
             * @param message SignedConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.SignedConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.SignedConfig & vigil.v1.SignedConfig.$Shape} SignedConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.SignedConfig & vigil.v1.SignedConfig.$Shape;

            /**
             * Creates a SignedConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SignedConfig
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.SignedConfig;

            /**
             * Creates a plain object from a SignedConfig message. Also converts values to other types if specified.
             * @param message SignedConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.SignedConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SignedConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SignedConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedConfig {

            /** Properties of a SignedConfig. */
            interface $Properties {

                /** SignedConfig payload */
                payload?: (Uint8Array|null);

                /** SignedConfig signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedConfig. */
            type $Shape = vigil.v1.SignedConfig.$Properties;
        }

        /**
         * Properties of a Refusal.
         * @deprecated Use vigil.v1.Refusal.$Properties instead.
         */
        interface IRefusal extends vigil.v1.Refusal.$Properties {
        }

        /** Represents a Refusal. */
        class Refusal {

            /**
             * Constructs a new Refusal.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Refusal.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Refusal code. */
            code: string;

            /** Refusal message. */
            message: string;

            /**
             * Creates a new Refusal instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Refusal instance
             */
            static create(properties: vigil.v1.Refusal.$Shape): vigil.v1.Refusal & vigil.v1.Refusal.$Shape;
            static create(properties?: vigil.v1.Refusal.$Properties): vigil.v1.Refusal;

            /**
             * Encodes the specified Refusal message. Does not implicitly {@link vigil.v1.Refusal.verify|verify} messages.
             * @param message Refusal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Refusal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Refusal message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Refusal & vigil.v1.Refusal.$Shape} Refusal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Refusal & vigil.v1.Refusal.$Shape;

            /**
             * Creates a Refusal message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Refusal
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Refusal;

            /**
             * Creates a plain object from a Refusal message. Also converts values to other types if specified.
             * @param message Refusal
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Refusal, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Refusal to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Refusal
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Refusal {

            /** Properties of a Refusal. */
            interface $Properties {

                /** Refusal code */
                code?: (string|null);

                /** Refusal message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Refusal. */
            type $Shape = vigil.v1.Refusal.$Properties;
        }

        /**
         * Properties of an EventBatch.
         * @deprecated Use vigil.v1.EventBatch.$Properties instead.
         */
        interface IEventBatch extends vigil.v1.EventBatch.$Properties {
        }

        /** Represents an EventBatch. */
        class EventBatch {

            /**
             * Constructs a new EventBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.EventBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventBatch events. */
            events: vigil.v1.Event.$Properties[];

            /**
             * Creates a new EventBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventBatch instance
             */
            static create(properties: vigil.v1.EventBatch.$Shape): vigil.v1.EventBatch & vigil.v1.EventBatch.$Shape;
            static create(properties?: vigil.v1.EventBatch.$Properties): vigil.v1.EventBatch;

            /**
             * Encodes the specified EventBatch message. Does not implicitly {@link vigil.v1.EventBatch.verify|verify} messages.
             * @param message EventBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.EventBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.EventBatch & vigil.v1.EventBatch.$Shape} EventBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.EventBatch & vigil.v1.EventBatch.$Shape;

            /**
             * Creates an EventBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventBatch
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.EventBatch;

            /**
             * Creates a plain object from an EventBatch message. Also converts values to other types if specified.
             * @param message EventBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.EventBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventBatch {

            /** Properties of an EventBatch. */
            interface $Properties {

                /** EventBatch events */
                events?: (vigil.v1.Event.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventBatch. */
            type $Shape = {
              events?: vigil.v1.Event.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an Ack.
         * @deprecated Use vigil.v1.Ack.$Properties instead.
         */
        interface IAck extends vigil.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack seq. */
            seq: (number|Long);

            /** Ack windowEvents. */
            windowEvents: number;

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: vigil.v1.Ack.$Shape): vigil.v1.Ack & vigil.v1.Ack.$Shape;
            static create(properties?: vigil.v1.Ack.$Properties): vigil.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link vigil.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Ack & vigil.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Ack & vigil.v1.Ack.$Shape;

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ack
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param message Ack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack seq */
                seq?: (number|Long|null);

                /** Ack windowEvents */
                windowEvents?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = vigil.v1.Ack.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use vigil.v1.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends vigil.v1.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Heartbeat lastSeq. */
            lastSeq: (number|Long);

            /** Heartbeat agentTimeMs. */
            agentTimeMs: (number|Long);

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: vigil.v1.Heartbeat.$Shape): vigil.v1.Heartbeat & vigil.v1.Heartbeat.$Shape;
            static create(properties?: vigil.v1.Heartbeat.$Properties): vigil.v1.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link vigil.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Heartbeat & vigil.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Heartbeat & vigil.v1.Heartbeat.$Shape;

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Heartbeat
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Heartbeat lastSeq */
                lastSeq?: (number|Long|null);

                /** Heartbeat agentTimeMs */
                agentTimeMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = vigil.v1.Heartbeat.$Properties;
        }

        /**
         * Properties of an AgentConfig.
         * @deprecated Use vigil.v1.AgentConfig.$Properties instead.
         */
        interface IAgentConfig extends vigil.v1.AgentConfig.$Properties {
        }

        /** Represents an AgentConfig. */
        class AgentConfig {

            /**
             * Constructs a new AgentConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.AgentConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentConfig dryRun. */
            dryRun: boolean;

            /** AgentConfig heartbeatIntervalMs. */
            heartbeatIntervalMs: number;

            /** AgentConfig processPollMs. */
            processPollMs: number;

            /** AgentConfig networkPollMs. */
            networkPollMs: number;

            /** AgentConfig extraWatchPaths. */
            extraWatchPaths: string[];

            /** AgentConfig extraLogPaths. */
            extraLogPaths: string[];

            /**
             * Creates a new AgentConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentConfig instance
             */
            static create(properties: vigil.v1.AgentConfig.$Shape): vigil.v1.AgentConfig & vigil.v1.AgentConfig.$Shape;
            static create(properties?: vigil.v1.AgentConfig.$Properties): vigil.v1.AgentConfig;

            /**
             * Encodes the specified AgentConfig message. Does not implicitly {@link vigil.v1.AgentConfig.verify|verify} messages.
             * @param message AgentConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.AgentConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.AgentConfig & vigil.v1.AgentConfig.$Shape} AgentConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.AgentConfig & vigil.v1.AgentConfig.$Shape;

            /**
             * Creates an AgentConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentConfig
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.AgentConfig;

            /**
             * Creates a plain object from an AgentConfig message. Also converts values to other types if specified.
             * @param message AgentConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.AgentConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentConfig {

            /** Properties of an AgentConfig. */
            interface $Properties {

                /** AgentConfig dryRun */
                dryRun?: (boolean|null);

                /** AgentConfig heartbeatIntervalMs */
                heartbeatIntervalMs?: (number|null);

                /** AgentConfig processPollMs */
                processPollMs?: (number|null);

                /** AgentConfig networkPollMs */
                networkPollMs?: (number|null);

                /** AgentConfig extraWatchPaths */
                extraWatchPaths?: (string[]|null);

                /** AgentConfig extraLogPaths */
                extraLogPaths?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentConfig. */
            type $Shape = vigil.v1.AgentConfig.$Properties;
        }

        /**
         * Properties of an Event.
         * @deprecated Use vigil.v1.Event.$Properties instead.
         */
        interface IEvent extends vigil.v1.Event.$Properties {
        }

        /** Represents an Event. */
        class Event {

            /**
             * Constructs a new Event.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Event.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Event id. */
            id: string;

            /** Event agentId. */
            agentId: string;

            /** Event timeNs. */
            timeNs: (number|Long);

            /** Event seq. */
            seq: (number|Long);

            /** Event processStart. */
            processStart?: (vigil.v1.ProcessStart.$Properties|null);

            /** Event processExit. */
            processExit?: (vigil.v1.ProcessExit.$Properties|null);

            /** Event networkConnection. */
            networkConnection?: (vigil.v1.NetworkConnection.$Properties|null);

            /** Event networkListener. */
            networkListener?: (vigil.v1.NetworkListener.$Properties|null);

            /** Event log. */
            log?: (vigil.v1.LogRecord.$Properties|null);

            /** Event fileChange. */
            fileChange?: (vigil.v1.FileChange.$Properties|null);

            /** Event inventory. */
            inventory?: (vigil.v1.HostInventory.$Properties|null);

            /** Event health. */
            health?: (vigil.v1.AgentHealth.$Properties|null);

            /** Event gap. */
            gap?: (vigil.v1.Gap.$Properties|null);

            /** Event tamper. */
            tamper?: (vigil.v1.Tamper.$Properties|null);

            /** Event fileAccess. */
            fileAccess?: (vigil.v1.FileAccess.$Properties|null);

            /** Event coverage. */
            coverage?: (vigil.v1.TelemetryCoverage.$Properties|null);

            /** Event payload. */
            payload?: ("processStart"|"processExit"|"networkConnection"|"networkListener"|"log"|"fileChange"|"inventory"|"health"|"gap"|"tamper"|"fileAccess"|"coverage");

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            static create(properties: vigil.v1.Event.$Shape): vigil.v1.Event & vigil.v1.Event.$Shape;
            static create(properties?: vigil.v1.Event.$Properties): vigil.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link vigil.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Event & vigil.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Event & vigil.v1.Event.$Shape;

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Event
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Event;

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @param message Event
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Event to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Event
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {

            /** Properties of an Event. */
            interface $Properties {

                /** Event id */
                id?: (string|null);

                /** Event agentId */
                agentId?: (string|null);

                /** Event timeNs */
                timeNs?: (number|Long|null);

                /** Event seq */
                seq?: (number|Long|null);

                /** Event processStart */
                processStart?: (vigil.v1.ProcessStart.$Properties|null);

                /** Event processExit */
                processExit?: (vigil.v1.ProcessExit.$Properties|null);

                /** Event networkConnection */
                networkConnection?: (vigil.v1.NetworkConnection.$Properties|null);

                /** Event networkListener */
                networkListener?: (vigil.v1.NetworkListener.$Properties|null);

                /** Event log */
                log?: (vigil.v1.LogRecord.$Properties|null);

                /** Event fileChange */
                fileChange?: (vigil.v1.FileChange.$Properties|null);

                /** Event inventory */
                inventory?: (vigil.v1.HostInventory.$Properties|null);

                /** Event health */
                health?: (vigil.v1.AgentHealth.$Properties|null);

                /** Event gap */
                gap?: (vigil.v1.Gap.$Properties|null);

                /** Event tamper */
                tamper?: (vigil.v1.Tamper.$Properties|null);

                /** Event fileAccess */
                fileAccess?: (vigil.v1.FileAccess.$Properties|null);

                /** Event coverage */
                coverage?: (vigil.v1.TelemetryCoverage.$Properties|null);

                /** Event payload */
                payload?: ("processStart"|"processExit"|"networkConnection"|"networkListener"|"log"|"fileChange"|"inventory"|"health"|"gap"|"tamper"|"fileAccess"|"coverage");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Event. */
            type $Shape = {
              id?: string|null;
              agentId?: string|null;
              timeNs?: number|Long|null;
              seq?: number|Long|null;
              processStart?: vigil.v1.ProcessStart.$Shape|null;
              processExit?: vigil.v1.ProcessExit.$Shape|null;
              networkConnection?: vigil.v1.NetworkConnection.$Shape|null;
              networkListener?: vigil.v1.NetworkListener.$Shape|null;
              log?: vigil.v1.LogRecord.$Shape|null;
              fileChange?: vigil.v1.FileChange.$Shape|null;
              inventory?: vigil.v1.HostInventory.$Shape|null;
              health?: vigil.v1.AgentHealth.$Shape|null;
              gap?: vigil.v1.Gap.$Shape|null;
              tamper?: vigil.v1.Tamper.$Shape|null;
              fileAccess?: vigil.v1.FileAccess.$Shape|null;
              coverage?: vigil.v1.TelemetryCoverage.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ payload?: undefined; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "processStart"; processStart: vigil.v1.ProcessStart.$Shape; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "processExit"; processStart?: null; processExit: vigil.v1.ProcessExit.$Shape; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "networkConnection"; processStart?: null; processExit?: null; networkConnection: vigil.v1.NetworkConnection.$Shape; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "networkListener"; processStart?: null; processExit?: null; networkConnection?: null; networkListener: vigil.v1.NetworkListener.$Shape; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "log"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log: vigil.v1.LogRecord.$Shape; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "fileChange"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange: vigil.v1.FileChange.$Shape; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "inventory"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory: vigil.v1.HostInventory.$Shape; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "health"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health: vigil.v1.AgentHealth.$Shape; gap?: null; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "gap"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap: vigil.v1.Gap.$Shape; tamper?: null; fileAccess?: null; coverage?: null }|{ payload?: "tamper"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper: vigil.v1.Tamper.$Shape; fileAccess?: null; coverage?: null }|{ payload?: "fileAccess"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess: vigil.v1.FileAccess.$Shape; coverage?: null }|{ payload?: "coverage"; processStart?: null; processExit?: null; networkConnection?: null; networkListener?: null; log?: null; fileChange?: null; inventory?: null; health?: null; gap?: null; tamper?: null; fileAccess?: null; coverage: vigil.v1.TelemetryCoverage.$Shape })
            );
        }

        /**
         * Properties of a ProcessStart.
         * @deprecated Use vigil.v1.ProcessStart.$Properties instead.
         */
        interface IProcessStart extends vigil.v1.ProcessStart.$Properties {
        }

        /** Represents a ProcessStart. */
        class ProcessStart {

            /**
             * Constructs a new ProcessStart.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ProcessStart.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProcessStart pid. */
            pid: number;

            /** ProcessStart ppid. */
            ppid: number;

            /** ProcessStart startTimeTicks. */
            startTimeTicks: (number|Long);

            /** ProcessStart startTimeNs. */
            startTimeNs: (number|Long);

            /** ProcessStart exe. */
            exe: string;

            /** ProcessStart argv. */
            argv: string[];

            /** ProcessStart cwd. */
            cwd: string;

            /** ProcessStart uid. */
            uid: number;

            /** ProcessStart user. */
            user: string;

            /** ProcessStart gid. */
            gid: number;

            /** ProcessStart euid. */
            euid: number;

            /** ProcessStart tty. */
            tty: string;

            /** ProcessStart sessionId. */
            sessionId: number;

            /** ProcessStart sha256. */
            sha256: string;

            /** ProcessStart hashSkipped. */
            hashSkipped: string;

            /** ProcessStart parentPid. */
            parentPid: number;

            /** ProcessStart parentExe. */
            parentExe: string;

            /** ProcessStart parentArgv. */
            parentArgv: string[];

            /** ProcessStart comm. */
            comm: string;

            /** ProcessStart source. */
            source: string;

            /** ProcessStart auid. */
            auid: number;

            /** ProcessStart loginUser. */
            loginUser: string;

            /** ProcessStart loaderEnv. */
            loaderEnv: { [k: string]: string };

            /** ProcessStart ancestors. */
            ancestors: vigil.v1.ProcessAncestor.$Properties[];

            /** ProcessStart argvMissing. */
            argvMissing: boolean;

            /**
             * Creates a new ProcessStart instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessStart instance
             */
            static create(properties: vigil.v1.ProcessStart.$Shape): vigil.v1.ProcessStart & vigil.v1.ProcessStart.$Shape;
            static create(properties?: vigil.v1.ProcessStart.$Properties): vigil.v1.ProcessStart;

            /**
             * Encodes the specified ProcessStart message. Does not implicitly {@link vigil.v1.ProcessStart.verify|verify} messages.
             * @param message ProcessStart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.ProcessStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessStart message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.ProcessStart & vigil.v1.ProcessStart.$Shape} ProcessStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ProcessStart & vigil.v1.ProcessStart.$Shape;

            /**
             * Creates a ProcessStart message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessStart
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.ProcessStart;

            /**
             * Creates a plain object from a ProcessStart message. Also converts values to other types if specified.
             * @param message ProcessStart
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.ProcessStart, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessStart to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProcessStart
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProcessStart {

            /** Properties of a ProcessStart. */
            interface $Properties {

                /** ProcessStart pid */
                pid?: (number|null);

                /** ProcessStart ppid */
                ppid?: (number|null);

                /** ProcessStart startTimeTicks */
                startTimeTicks?: (number|Long|null);

                /** ProcessStart startTimeNs */
                startTimeNs?: (number|Long|null);

                /** ProcessStart exe */
                exe?: (string|null);

                /** ProcessStart argv */
                argv?: (string[]|null);

                /** ProcessStart cwd */
                cwd?: (string|null);

                /** ProcessStart uid */
                uid?: (number|null);

                /** ProcessStart user */
                user?: (string|null);

                /** ProcessStart gid */
                gid?: (number|null);

                /** ProcessStart euid */
                euid?: (number|null);

                /** ProcessStart tty */
                tty?: (string|null);

                /** ProcessStart sessionId */
                sessionId?: (number|null);

                /** ProcessStart sha256 */
                sha256?: (string|null);

                /** ProcessStart hashSkipped */
                hashSkipped?: (string|null);

                /** ProcessStart parentPid */
                parentPid?: (number|null);

                /** ProcessStart parentExe */
                parentExe?: (string|null);

                /** ProcessStart parentArgv */
                parentArgv?: (string[]|null);

                /** ProcessStart comm */
                comm?: (string|null);

                /** ProcessStart source */
                source?: (string|null);

                /** ProcessStart auid */
                auid?: (number|null);

                /** ProcessStart loginUser */
                loginUser?: (string|null);

                /** ProcessStart loaderEnv */
                loaderEnv?: ({ [k: string]: string }|null);

                /** ProcessStart ancestors */
                ancestors?: (vigil.v1.ProcessAncestor.$Properties[]|null);

                /** ProcessStart argvMissing */
                argvMissing?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProcessStart. */
            type $Shape = vigil.v1.ProcessStart.$Properties;
        }

        /**
         * Properties of a ProcessAncestor.
         * @deprecated Use vigil.v1.ProcessAncestor.$Properties instead.
         */
        interface IProcessAncestor extends vigil.v1.ProcessAncestor.$Properties {
        }

        /** Represents a ProcessAncestor. */
        class ProcessAncestor {

            /**
             * Constructs a new ProcessAncestor.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ProcessAncestor.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProcessAncestor pid. */
            pid: number;

            /** ProcessAncestor exe. */
            exe: string;

            /** ProcessAncestor argv. */
            argv: string[];

            /**
             * Creates a new ProcessAncestor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessAncestor instance
             */
            static create(properties: vigil.v1.ProcessAncestor.$Shape): vigil.v1.ProcessAncestor & vigil.v1.ProcessAncestor.$Shape;
            static create(properties?: vigil.v1.ProcessAncestor.$Properties): vigil.v1.ProcessAncestor;

            /**
             * Encodes the specified ProcessAncestor message. Does not implicitly {@link vigil.v1.ProcessAncestor.verify|verify} messages.
             * @param message ProcessAncestor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.ProcessAncestor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessAncestor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.ProcessAncestor & vigil.v1.ProcessAncestor.$Shape} ProcessAncestor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ProcessAncestor & vigil.v1.ProcessAncestor.$Shape;

            /**
             * Creates a ProcessAncestor message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessAncestor
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.ProcessAncestor;

            /**
             * Creates a plain object from a ProcessAncestor message. Also converts values to other types if specified.
             * @param message ProcessAncestor
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.ProcessAncestor, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessAncestor to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProcessAncestor
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProcessAncestor {

            /** Properties of a ProcessAncestor. */
            interface $Properties {

                /** ProcessAncestor pid */
                pid?: (number|null);

                /** ProcessAncestor exe */
                exe?: (string|null);

                /** ProcessAncestor argv */
                argv?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProcessAncestor. */
            type $Shape = vigil.v1.ProcessAncestor.$Properties;
        }

        /**
         * Properties of a ProcessExit.
         * @deprecated Use vigil.v1.ProcessExit.$Properties instead.
         */
        interface IProcessExit extends vigil.v1.ProcessExit.$Properties {
        }

        /** Represents a ProcessExit. */
        class ProcessExit {

            /**
             * Constructs a new ProcessExit.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ProcessExit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProcessExit pid. */
            pid: number;

            /** ProcessExit startTimeTicks. */
            startTimeTicks: (number|Long);

            /** ProcessExit exe. */
            exe: string;

            /** ProcessExit durationMs. */
            durationMs: (number|Long);

            /**
             * Creates a new ProcessExit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProcessExit instance
             */
            static create(properties: vigil.v1.ProcessExit.$Shape): vigil.v1.ProcessExit & vigil.v1.ProcessExit.$Shape;
            static create(properties?: vigil.v1.ProcessExit.$Properties): vigil.v1.ProcessExit;

            /**
             * Encodes the specified ProcessExit message. Does not implicitly {@link vigil.v1.ProcessExit.verify|verify} messages.
             * @param message ProcessExit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.ProcessExit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProcessExit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.ProcessExit & vigil.v1.ProcessExit.$Shape} ProcessExit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ProcessExit & vigil.v1.ProcessExit.$Shape;

            /**
             * Creates a ProcessExit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProcessExit
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.ProcessExit;

            /**
             * Creates a plain object from a ProcessExit message. Also converts values to other types if specified.
             * @param message ProcessExit
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.ProcessExit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProcessExit to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProcessExit
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProcessExit {

            /** Properties of a ProcessExit. */
            interface $Properties {

                /** ProcessExit pid */
                pid?: (number|null);

                /** ProcessExit startTimeTicks */
                startTimeTicks?: (number|Long|null);

                /** ProcessExit exe */
                exe?: (string|null);

                /** ProcessExit durationMs */
                durationMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProcessExit. */
            type $Shape = vigil.v1.ProcessExit.$Properties;
        }

        /** Transport enum. */
        enum Transport {

            /** TRANSPORT_UNSPECIFIED value */
            TRANSPORT_UNSPECIFIED = 0,

            /** TCP value */
            TCP = 1,

            /** UDP value */
            UDP = 2
        }

        /** Direction enum. */
        enum Direction {

            /** DIRECTION_UNSPECIFIED value */
            DIRECTION_UNSPECIFIED = 0,

            /** OUTBOUND value */
            OUTBOUND = 1,

            /** INBOUND value */
            INBOUND = 2
        }

        /**
         * Properties of a NetworkConnection.
         * @deprecated Use vigil.v1.NetworkConnection.$Properties instead.
         */
        interface INetworkConnection extends vigil.v1.NetworkConnection.$Properties {
        }

        /** Represents a NetworkConnection. */
        class NetworkConnection {

            /**
             * Constructs a new NetworkConnection.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.NetworkConnection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkConnection transport. */
            transport: vigil.v1.Transport;

            /** NetworkConnection ipVersion. */
            ipVersion: number;

            /** NetworkConnection localAddress. */
            localAddress: string;

            /** NetworkConnection localPort. */
            localPort: number;

            /** NetworkConnection remoteAddress. */
            remoteAddress: string;

            /** NetworkConnection remotePort. */
            remotePort: number;

            /** NetworkConnection state. */
            state: string;

            /** NetworkConnection direction. */
            direction: vigil.v1.Direction;

            /** NetworkConnection pid. */
            pid: number;

            /** NetworkConnection exe. */
            exe: string;

            /** NetworkConnection inode. */
            inode: (number|Long);

            /** NetworkConnection uid. */
            uid: number;

            /** NetworkConnection closed. */
            closed: boolean;

            /** NetworkConnection source. */
            source: string;

            /** NetworkConnection auid. */
            auid: number;

            /** NetworkConnection result. */
            result: string;

            /**
             * Creates a new NetworkConnection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkConnection instance
             */
            static create(properties: vigil.v1.NetworkConnection.$Shape): vigil.v1.NetworkConnection & vigil.v1.NetworkConnection.$Shape;
            static create(properties?: vigil.v1.NetworkConnection.$Properties): vigil.v1.NetworkConnection;

            /**
             * Encodes the specified NetworkConnection message. Does not implicitly {@link vigil.v1.NetworkConnection.verify|verify} messages.
             * @param message NetworkConnection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.NetworkConnection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkConnection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.NetworkConnection & vigil.v1.NetworkConnection.$Shape} NetworkConnection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.NetworkConnection & vigil.v1.NetworkConnection.$Shape;

            /**
             * Creates a NetworkConnection message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkConnection
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.NetworkConnection;

            /**
             * Creates a plain object from a NetworkConnection message. Also converts values to other types if specified.
             * @param message NetworkConnection
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.NetworkConnection, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkConnection to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkConnection
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkConnection {

            /** Properties of a NetworkConnection. */
            interface $Properties {

                /** NetworkConnection transport */
                transport?: (vigil.v1.Transport|null);

                /** NetworkConnection ipVersion */
                ipVersion?: (number|null);

                /** NetworkConnection localAddress */
                localAddress?: (string|null);

                /** NetworkConnection localPort */
                localPort?: (number|null);

                /** NetworkConnection remoteAddress */
                remoteAddress?: (string|null);

                /** NetworkConnection remotePort */
                remotePort?: (number|null);

                /** NetworkConnection state */
                state?: (string|null);

                /** NetworkConnection direction */
                direction?: (vigil.v1.Direction|null);

                /** NetworkConnection pid */
                pid?: (number|null);

                /** NetworkConnection exe */
                exe?: (string|null);

                /** NetworkConnection inode */
                inode?: (number|Long|null);

                /** NetworkConnection uid */
                uid?: (number|null);

                /** NetworkConnection closed */
                closed?: (boolean|null);

                /** NetworkConnection source */
                source?: (string|null);

                /** NetworkConnection auid */
                auid?: (number|null);

                /** NetworkConnection result */
                result?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkConnection. */
            type $Shape = vigil.v1.NetworkConnection.$Properties;
        }

        /**
         * Properties of a NetworkListener.
         * @deprecated Use vigil.v1.NetworkListener.$Properties instead.
         */
        interface INetworkListener extends vigil.v1.NetworkListener.$Properties {
        }

        /** Represents a NetworkListener. */
        class NetworkListener {

            /**
             * Constructs a new NetworkListener.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.NetworkListener.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkListener transport. */
            transport: vigil.v1.Transport;

            /** NetworkListener ipVersion. */
            ipVersion: number;

            /** NetworkListener localAddress. */
            localAddress: string;

            /** NetworkListener localPort. */
            localPort: number;

            /** NetworkListener pid. */
            pid: number;

            /** NetworkListener exe. */
            exe: string;

            /** NetworkListener inode. */
            inode: (number|Long);

            /** NetworkListener uid. */
            uid: number;

            /** NetworkListener closed. */
            closed: boolean;

            /**
             * Creates a new NetworkListener instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkListener instance
             */
            static create(properties: vigil.v1.NetworkListener.$Shape): vigil.v1.NetworkListener & vigil.v1.NetworkListener.$Shape;
            static create(properties?: vigil.v1.NetworkListener.$Properties): vigil.v1.NetworkListener;

            /**
             * Encodes the specified NetworkListener message. Does not implicitly {@link vigil.v1.NetworkListener.verify|verify} messages.
             * @param message NetworkListener message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.NetworkListener.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkListener message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.NetworkListener & vigil.v1.NetworkListener.$Shape} NetworkListener
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.NetworkListener & vigil.v1.NetworkListener.$Shape;

            /**
             * Creates a NetworkListener message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkListener
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.NetworkListener;

            /**
             * Creates a plain object from a NetworkListener message. Also converts values to other types if specified.
             * @param message NetworkListener
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.NetworkListener, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkListener to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkListener
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkListener {

            /** Properties of a NetworkListener. */
            interface $Properties {

                /** NetworkListener transport */
                transport?: (vigil.v1.Transport|null);

                /** NetworkListener ipVersion */
                ipVersion?: (number|null);

                /** NetworkListener localAddress */
                localAddress?: (string|null);

                /** NetworkListener localPort */
                localPort?: (number|null);

                /** NetworkListener pid */
                pid?: (number|null);

                /** NetworkListener exe */
                exe?: (string|null);

                /** NetworkListener inode */
                inode?: (number|Long|null);

                /** NetworkListener uid */
                uid?: (number|null);

                /** NetworkListener closed */
                closed?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkListener. */
            type $Shape = vigil.v1.NetworkListener.$Properties;
        }

        /**
         * Properties of a LogRecord.
         * @deprecated Use vigil.v1.LogRecord.$Properties instead.
         */
        interface ILogRecord extends vigil.v1.LogRecord.$Properties {
        }

        /** Represents a LogRecord. */
        class LogRecord {

            /**
             * Constructs a new LogRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.LogRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogRecord source. */
            source: string;

            /** LogRecord raw. */
            raw: string;

            /** LogRecord parser. */
            parser: string;

            /** LogRecord action. */
            action: string;

            /** LogRecord fields. */
            fields: { [k: string]: string };

            /** LogRecord truncated. */
            truncated: boolean;

            /** LogRecord offset. */
            offset: (number|Long);

            /** LogRecord cursor. */
            cursor: string;

            /** LogRecord program. */
            program: string;

            /** LogRecord hostname. */
            hostname: string;

            /** LogRecord programVerified. */
            programVerified: boolean;

            /**
             * Creates a new LogRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogRecord instance
             */
            static create(properties: vigil.v1.LogRecord.$Shape): vigil.v1.LogRecord & vigil.v1.LogRecord.$Shape;
            static create(properties?: vigil.v1.LogRecord.$Properties): vigil.v1.LogRecord;

            /**
             * Encodes the specified LogRecord message. Does not implicitly {@link vigil.v1.LogRecord.verify|verify} messages.
             * @param message LogRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.LogRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.LogRecord & vigil.v1.LogRecord.$Shape} LogRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.LogRecord & vigil.v1.LogRecord.$Shape;

            /**
             * Creates a LogRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogRecord
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.LogRecord;

            /**
             * Creates a plain object from a LogRecord message. Also converts values to other types if specified.
             * @param message LogRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.LogRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LogRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogRecord {

            /** Properties of a LogRecord. */
            interface $Properties {

                /** LogRecord source */
                source?: (string|null);

                /** LogRecord raw */
                raw?: (string|null);

                /** LogRecord parser */
                parser?: (string|null);

                /** LogRecord action */
                action?: (string|null);

                /** LogRecord fields */
                fields?: ({ [k: string]: string }|null);

                /** LogRecord truncated */
                truncated?: (boolean|null);

                /** LogRecord offset */
                offset?: (number|Long|null);

                /** LogRecord cursor */
                cursor?: (string|null);

                /** LogRecord program */
                program?: (string|null);

                /** LogRecord hostname */
                hostname?: (string|null);

                /** LogRecord programVerified */
                programVerified?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogRecord. */
            type $Shape = vigil.v1.LogRecord.$Properties;
        }

        /** FileAction enum. */
        enum FileAction {

            /** FILE_ACTION_UNSPECIFIED value */
            FILE_ACTION_UNSPECIFIED = 0,

            /** CREATED value */
            CREATED = 1,

            /** MODIFIED value */
            MODIFIED = 2,

            /** DELETED value */
            DELETED = 3,

            /** RENAMED value */
            RENAMED = 4,

            /** ATTRIBUTES value */
            ATTRIBUTES = 5
        }

        /**
         * Properties of a FileState.
         * @deprecated Use vigil.v1.FileState.$Properties instead.
         */
        interface IFileState extends vigil.v1.FileState.$Properties {
        }

        /** Represents a FileState. */
        class FileState {

            /**
             * Constructs a new FileState.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.FileState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FileState sha256. */
            sha256: string;

            /** FileState mode. */
            mode: number;

            /** FileState uid. */
            uid: number;

            /** FileState gid. */
            gid: number;

            /** FileState size. */
            size: (number|Long);

            /** FileState mtimeMs. */
            mtimeMs: (number|Long);

            /** FileState inode. */
            inode: (number|Long);

            /** FileState exists. */
            exists: boolean;

            /** FileState linkTarget. */
            linkTarget: string;

            /**
             * Creates a new FileState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileState instance
             */
            static create(properties: vigil.v1.FileState.$Shape): vigil.v1.FileState & vigil.v1.FileState.$Shape;
            static create(properties?: vigil.v1.FileState.$Properties): vigil.v1.FileState;

            /**
             * Encodes the specified FileState message. Does not implicitly {@link vigil.v1.FileState.verify|verify} messages.
             * @param message FileState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.FileState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.FileState & vigil.v1.FileState.$Shape} FileState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.FileState & vigil.v1.FileState.$Shape;

            /**
             * Creates a FileState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileState
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.FileState;

            /**
             * Creates a plain object from a FileState message. Also converts values to other types if specified.
             * @param message FileState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.FileState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FileState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileState {

            /** Properties of a FileState. */
            interface $Properties {

                /** FileState sha256 */
                sha256?: (string|null);

                /** FileState mode */
                mode?: (number|null);

                /** FileState uid */
                uid?: (number|null);

                /** FileState gid */
                gid?: (number|null);

                /** FileState size */
                size?: (number|Long|null);

                /** FileState mtimeMs */
                mtimeMs?: (number|Long|null);

                /** FileState inode */
                inode?: (number|Long|null);

                /** FileState exists */
                exists?: (boolean|null);

                /** FileState linkTarget */
                linkTarget?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FileState. */
            type $Shape = vigil.v1.FileState.$Properties;
        }

        /**
         * Properties of a FileChange.
         * @deprecated Use vigil.v1.FileChange.$Properties instead.
         */
        interface IFileChange extends vigil.v1.FileChange.$Properties {
        }

        /** Represents a FileChange. */
        class FileChange {

            /**
             * Constructs a new FileChange.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.FileChange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FileChange path. */
            path: string;

            /** FileChange action. */
            action: vigil.v1.FileAction;

            /** FileChange before. */
            before?: (vigil.v1.FileState.$Properties|null);

            /** FileChange after. */
            after?: (vigil.v1.FileState.$Properties|null);

            /** FileChange renamedFrom. */
            renamedFrom: string;

            /** FileChange watch. */
            watch: string;

            /**
             * Creates a new FileChange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileChange instance
             */
            static create(properties: vigil.v1.FileChange.$Shape): vigil.v1.FileChange & vigil.v1.FileChange.$Shape;
            static create(properties?: vigil.v1.FileChange.$Properties): vigil.v1.FileChange;

            /**
             * Encodes the specified FileChange message. Does not implicitly {@link vigil.v1.FileChange.verify|verify} messages.
             * @param message FileChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.FileChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileChange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.FileChange & vigil.v1.FileChange.$Shape} FileChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.FileChange & vigil.v1.FileChange.$Shape;

            /**
             * Creates a FileChange message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileChange
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.FileChange;

            /**
             * Creates a plain object from a FileChange message. Also converts values to other types if specified.
             * @param message FileChange
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.FileChange, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileChange to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FileChange
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileChange {

            /** Properties of a FileChange. */
            interface $Properties {

                /** FileChange path */
                path?: (string|null);

                /** FileChange action */
                action?: (vigil.v1.FileAction|null);

                /** FileChange before */
                before?: (vigil.v1.FileState.$Properties|null);

                /** FileChange after */
                after?: (vigil.v1.FileState.$Properties|null);

                /** FileChange renamedFrom */
                renamedFrom?: (string|null);

                /** FileChange watch */
                watch?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FileChange. */
            type $Shape = vigil.v1.FileChange.$Properties;
        }

        /**
         * Properties of a NetworkInterface.
         * @deprecated Use vigil.v1.NetworkInterface.$Properties instead.
         */
        interface INetworkInterface extends vigil.v1.NetworkInterface.$Properties {
        }

        /** Represents a NetworkInterface. */
        class NetworkInterface {

            /**
             * Constructs a new NetworkInterface.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.NetworkInterface.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkInterface name. */
            name: string;

            /** NetworkInterface mac. */
            mac: string;

            /** NetworkInterface addresses. */
            addresses: string[];

            /**
             * Creates a new NetworkInterface instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkInterface instance
             */
            static create(properties: vigil.v1.NetworkInterface.$Shape): vigil.v1.NetworkInterface & vigil.v1.NetworkInterface.$Shape;
            static create(properties?: vigil.v1.NetworkInterface.$Properties): vigil.v1.NetworkInterface;

            /**
             * Encodes the specified NetworkInterface message. Does not implicitly {@link vigil.v1.NetworkInterface.verify|verify} messages.
             * @param message NetworkInterface message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.NetworkInterface.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkInterface message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.NetworkInterface & vigil.v1.NetworkInterface.$Shape} NetworkInterface
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.NetworkInterface & vigil.v1.NetworkInterface.$Shape;

            /**
             * Creates a NetworkInterface message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkInterface
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.NetworkInterface;

            /**
             * Creates a plain object from a NetworkInterface message. Also converts values to other types if specified.
             * @param message NetworkInterface
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.NetworkInterface, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkInterface to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkInterface
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkInterface {

            /** Properties of a NetworkInterface. */
            interface $Properties {

                /** NetworkInterface name */
                name?: (string|null);

                /** NetworkInterface mac */
                mac?: (string|null);

                /** NetworkInterface addresses */
                addresses?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkInterface. */
            type $Shape = vigil.v1.NetworkInterface.$Properties;
        }

        /**
         * Properties of a HostInventory.
         * @deprecated Use vigil.v1.HostInventory.$Properties instead.
         */
        interface IHostInventory extends vigil.v1.HostInventory.$Properties {
        }

        /** Represents a HostInventory. */
        class HostInventory {

            /**
             * Constructs a new HostInventory.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.HostInventory.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HostInventory hostname. */
            hostname: string;

            /** HostInventory machineId. */
            machineId: string;

            /** HostInventory osName. */
            osName: string;

            /** HostInventory osVersion. */
            osVersion: string;

            /** HostInventory kernel. */
            kernel: string;

            /** HostInventory arch. */
            arch: string;

            /** HostInventory cpuModel. */
            cpuModel: string;

            /** HostInventory cpuCores. */
            cpuCores: number;

            /** HostInventory memoryBytes. */
            memoryBytes: (number|Long);

            /** HostInventory interfaces. */
            interfaces: vigil.v1.NetworkInterface.$Properties[];

            /** HostInventory bootTimeMs. */
            bootTimeMs: (number|Long);

            /** HostInventory agentVersion. */
            agentVersion: string;

            /** HostInventory nodeVersion. */
            nodeVersion: string;

            /** HostInventory services. */
            services: string[];

            /**
             * Creates a new HostInventory instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HostInventory instance
             */
            static create(properties: vigil.v1.HostInventory.$Shape): vigil.v1.HostInventory & vigil.v1.HostInventory.$Shape;
            static create(properties?: vigil.v1.HostInventory.$Properties): vigil.v1.HostInventory;

            /**
             * Encodes the specified HostInventory message. Does not implicitly {@link vigil.v1.HostInventory.verify|verify} messages.
             * @param message HostInventory message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.HostInventory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HostInventory message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.HostInventory & vigil.v1.HostInventory.$Shape} HostInventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.HostInventory & vigil.v1.HostInventory.$Shape;

            /**
             * Creates a HostInventory message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HostInventory
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.HostInventory;

            /**
             * Creates a plain object from a HostInventory message. Also converts values to other types if specified.
             * @param message HostInventory
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.HostInventory, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HostInventory to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HostInventory
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostInventory {

            /** Properties of a HostInventory. */
            interface $Properties {

                /** HostInventory hostname */
                hostname?: (string|null);

                /** HostInventory machineId */
                machineId?: (string|null);

                /** HostInventory osName */
                osName?: (string|null);

                /** HostInventory osVersion */
                osVersion?: (string|null);

                /** HostInventory kernel */
                kernel?: (string|null);

                /** HostInventory arch */
                arch?: (string|null);

                /** HostInventory cpuModel */
                cpuModel?: (string|null);

                /** HostInventory cpuCores */
                cpuCores?: (number|null);

                /** HostInventory memoryBytes */
                memoryBytes?: (number|Long|null);

                /** HostInventory interfaces */
                interfaces?: (vigil.v1.NetworkInterface.$Properties[]|null);

                /** HostInventory bootTimeMs */
                bootTimeMs?: (number|Long|null);

                /** HostInventory agentVersion */
                agentVersion?: (string|null);

                /** HostInventory nodeVersion */
                nodeVersion?: (string|null);

                /** HostInventory services */
                services?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HostInventory. */
            type $Shape = vigil.v1.HostInventory.$Properties;
        }

        /**
         * Properties of a SensorError.
         * @deprecated Use vigil.v1.SensorError.$Properties instead.
         */
        interface ISensorError extends vigil.v1.SensorError.$Properties {
        }

        /** Represents a SensorError. */
        class SensorError {

            /**
             * Constructs a new SensorError.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.SensorError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SensorError sensor. */
            sensor: string;

            /** SensorError source. */
            source: string;

            /** SensorError code. */
            code: string;

            /** SensorError message. */
            message: string;

            /**
             * Creates a new SensorError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SensorError instance
             */
            static create(properties: vigil.v1.SensorError.$Shape): vigil.v1.SensorError & vigil.v1.SensorError.$Shape;
            static create(properties?: vigil.v1.SensorError.$Properties): vigil.v1.SensorError;

            /**
             * Encodes the specified SensorError message. Does not implicitly {@link vigil.v1.SensorError.verify|verify} messages.
             * @param message SensorError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.SensorError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SensorError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.SensorError & vigil.v1.SensorError.$Shape} SensorError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.SensorError & vigil.v1.SensorError.$Shape;

            /**
             * Creates a SensorError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SensorError
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.SensorError;

            /**
             * Creates a plain object from a SensorError message. Also converts values to other types if specified.
             * @param message SensorError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.SensorError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SensorError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SensorError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SensorError {

            /** Properties of a SensorError. */
            interface $Properties {

                /** SensorError sensor */
                sensor?: (string|null);

                /** SensorError source */
                source?: (string|null);

                /** SensorError code */
                code?: (string|null);

                /** SensorError message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SensorError. */
            type $Shape = vigil.v1.SensorError.$Properties;
        }

        /**
         * Properties of an AgentHealth.
         * @deprecated Use vigil.v1.AgentHealth.$Properties instead.
         */
        interface IAgentHealth extends vigil.v1.AgentHealth.$Properties {
        }

        /** Represents an AgentHealth. */
        class AgentHealth {

            /**
             * Constructs a new AgentHealth.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.AgentHealth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentHealth cpuPercent. */
            cpuPercent: number;

            /** AgentHealth rssBytes. */
            rssBytes: (number|Long);

            /** AgentHealth eventsPerSecond. */
            eventsPerSecond: number;

            /** AgentHealth spoolBytes. */
            spoolBytes: (number|Long);

            /** AgentHealth spoolEvents. */
            spoolEvents: (number|Long);

            /** AgentHealth droppedEvents. */
            droppedEvents: (number|Long);

            /** AgentHealth sensorErrors. */
            sensorErrors: vigil.v1.SensorError.$Properties[];

            /** AgentHealth isolated. */
            isolated: boolean;

            /** AgentHealth dryRun. */
            dryRun: boolean;

            /** AgentHealth uptimeMs. */
            uptimeMs: (number|Long);

            /** AgentHealth processSource. */
            processSource: string;

            /** AgentHealth networkSource. */
            networkSource: string;

            /** AgentHealth sourceReason. */
            sourceReason: string;

            /** AgentHealth execCoveragePercent. */
            execCoveragePercent: number;

            /** AgentHealth auditRecordsLost. */
            auditRecordsLost: (number|Long);

            /**
             * Creates a new AgentHealth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentHealth instance
             */
            static create(properties: vigil.v1.AgentHealth.$Shape): vigil.v1.AgentHealth & vigil.v1.AgentHealth.$Shape;
            static create(properties?: vigil.v1.AgentHealth.$Properties): vigil.v1.AgentHealth;

            /**
             * Encodes the specified AgentHealth message. Does not implicitly {@link vigil.v1.AgentHealth.verify|verify} messages.
             * @param message AgentHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.AgentHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentHealth message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.AgentHealth & vigil.v1.AgentHealth.$Shape} AgentHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.AgentHealth & vigil.v1.AgentHealth.$Shape;

            /**
             * Creates an AgentHealth message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentHealth
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.AgentHealth;

            /**
             * Creates a plain object from an AgentHealth message. Also converts values to other types if specified.
             * @param message AgentHealth
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.AgentHealth, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentHealth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentHealth
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentHealth {

            /** Properties of an AgentHealth. */
            interface $Properties {

                /** AgentHealth cpuPercent */
                cpuPercent?: (number|null);

                /** AgentHealth rssBytes */
                rssBytes?: (number|Long|null);

                /** AgentHealth eventsPerSecond */
                eventsPerSecond?: (number|null);

                /** AgentHealth spoolBytes */
                spoolBytes?: (number|Long|null);

                /** AgentHealth spoolEvents */
                spoolEvents?: (number|Long|null);

                /** AgentHealth droppedEvents */
                droppedEvents?: (number|Long|null);

                /** AgentHealth sensorErrors */
                sensorErrors?: (vigil.v1.SensorError.$Properties[]|null);

                /** AgentHealth isolated */
                isolated?: (boolean|null);

                /** AgentHealth dryRun */
                dryRun?: (boolean|null);

                /** AgentHealth uptimeMs */
                uptimeMs?: (number|Long|null);

                /** AgentHealth processSource */
                processSource?: (string|null);

                /** AgentHealth networkSource */
                networkSource?: (string|null);

                /** AgentHealth sourceReason */
                sourceReason?: (string|null);

                /** AgentHealth execCoveragePercent */
                execCoveragePercent?: (number|null);

                /** AgentHealth auditRecordsLost */
                auditRecordsLost?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentHealth. */
            type $Shape = vigil.v1.AgentHealth.$Properties;
        }

        /**
         * Properties of a Gap.
         * @deprecated Use vigil.v1.Gap.$Properties instead.
         */
        interface IGap extends vigil.v1.Gap.$Properties {
        }

        /** Represents a Gap. */
        class Gap {

            /**
             * Constructs a new Gap.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Gap.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Gap dropped. */
            dropped: (number|Long);

            /** Gap firstSeq. */
            firstSeq: (number|Long);

            /** Gap lastSeq. */
            lastSeq: (number|Long);

            /** Gap firstTimeNs. */
            firstTimeNs: (number|Long);

            /** Gap lastTimeNs. */
            lastTimeNs: (number|Long);

            /** Gap reason. */
            reason: string;

            /**
             * Creates a new Gap instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Gap instance
             */
            static create(properties: vigil.v1.Gap.$Shape): vigil.v1.Gap & vigil.v1.Gap.$Shape;
            static create(properties?: vigil.v1.Gap.$Properties): vigil.v1.Gap;

            /**
             * Encodes the specified Gap message. Does not implicitly {@link vigil.v1.Gap.verify|verify} messages.
             * @param message Gap message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Gap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Gap message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Gap & vigil.v1.Gap.$Shape} Gap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Gap & vigil.v1.Gap.$Shape;

            /**
             * Creates a Gap message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Gap
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Gap;

            /**
             * Creates a plain object from a Gap message. Also converts values to other types if specified.
             * @param message Gap
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Gap, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Gap to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Gap
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Gap {

            /** Properties of a Gap. */
            interface $Properties {

                /** Gap dropped */
                dropped?: (number|Long|null);

                /** Gap firstSeq */
                firstSeq?: (number|Long|null);

                /** Gap lastSeq */
                lastSeq?: (number|Long|null);

                /** Gap firstTimeNs */
                firstTimeNs?: (number|Long|null);

                /** Gap lastTimeNs */
                lastTimeNs?: (number|Long|null);

                /** Gap reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Gap. */
            type $Shape = vigil.v1.Gap.$Properties;
        }

        /**
         * Properties of a FileAccess.
         * @deprecated Use vigil.v1.FileAccess.$Properties instead.
         */
        interface IFileAccess extends vigil.v1.FileAccess.$Properties {
        }

        /** Represents a FileAccess. */
        class FileAccess {

            /**
             * Constructs a new FileAccess.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.FileAccess.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FileAccess path. */
            path: string;

            /** FileAccess access. */
            access: string;

            /** FileAccess pid. */
            pid: number;

            /** FileAccess ppid. */
            ppid: number;

            /** FileAccess exe. */
            exe: string;

            /** FileAccess comm. */
            comm: string;

            /** FileAccess uid. */
            uid: number;

            /** FileAccess euid. */
            euid: number;

            /** FileAccess auid. */
            auid: number;

            /** FileAccess user. */
            user: string;

            /** FileAccess loginUser. */
            loginUser: string;

            /** FileAccess syscall. */
            syscall: string;

            /** FileAccess success. */
            success: boolean;

            /** FileAccess watch. */
            watch: string;

            /** FileAccess argv. */
            argv: string[];

            /** FileAccess parentExe. */
            parentExe: string;

            /**
             * Creates a new FileAccess instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileAccess instance
             */
            static create(properties: vigil.v1.FileAccess.$Shape): vigil.v1.FileAccess & vigil.v1.FileAccess.$Shape;
            static create(properties?: vigil.v1.FileAccess.$Properties): vigil.v1.FileAccess;

            /**
             * Encodes the specified FileAccess message. Does not implicitly {@link vigil.v1.FileAccess.verify|verify} messages.
             * @param message FileAccess message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.FileAccess.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileAccess message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.FileAccess & vigil.v1.FileAccess.$Shape} FileAccess
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.FileAccess & vigil.v1.FileAccess.$Shape;

            /**
             * Creates a FileAccess message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileAccess
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.FileAccess;

            /**
             * Creates a plain object from a FileAccess message. Also converts values to other types if specified.
             * @param message FileAccess
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.FileAccess, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileAccess to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FileAccess
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileAccess {

            /** Properties of a FileAccess. */
            interface $Properties {

                /** FileAccess path */
                path?: (string|null);

                /** FileAccess access */
                access?: (string|null);

                /** FileAccess pid */
                pid?: (number|null);

                /** FileAccess ppid */
                ppid?: (number|null);

                /** FileAccess exe */
                exe?: (string|null);

                /** FileAccess comm */
                comm?: (string|null);

                /** FileAccess uid */
                uid?: (number|null);

                /** FileAccess euid */
                euid?: (number|null);

                /** FileAccess auid */
                auid?: (number|null);

                /** FileAccess user */
                user?: (string|null);

                /** FileAccess loginUser */
                loginUser?: (string|null);

                /** FileAccess syscall */
                syscall?: (string|null);

                /** FileAccess success */
                success?: (boolean|null);

                /** FileAccess watch */
                watch?: (string|null);

                /** FileAccess argv */
                argv?: (string[]|null);

                /** FileAccess parentExe */
                parentExe?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FileAccess. */
            type $Shape = vigil.v1.FileAccess.$Properties;
        }

        /**
         * Properties of a TelemetryCoverage.
         * @deprecated Use vigil.v1.TelemetryCoverage.$Properties instead.
         */
        interface ITelemetryCoverage extends vigil.v1.TelemetryCoverage.$Properties {
        }

        /** Represents a TelemetryCoverage. */
        class TelemetryCoverage {

            /**
             * Constructs a new TelemetryCoverage.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.TelemetryCoverage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TelemetryCoverage minuteStartNs. */
            minuteStartNs: (number|Long);

            /** TelemetryCoverage kernelExecs. */
            kernelExecs: (number|Long);

            /** TelemetryCoverage execsWithArgs. */
            execsWithArgs: (number|Long);

            /** TelemetryCoverage execsPidOnly. */
            execsPidOnly: (number|Long);

            /** TelemetryCoverage recordsLost. */
            recordsLost: (number|Long);

            /** TelemetryCoverage processSource. */
            processSource: string;

            /** TelemetryCoverage sourceReason. */
            sourceReason: string;

            /**
             * Creates a new TelemetryCoverage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TelemetryCoverage instance
             */
            static create(properties: vigil.v1.TelemetryCoverage.$Shape): vigil.v1.TelemetryCoverage & vigil.v1.TelemetryCoverage.$Shape;
            static create(properties?: vigil.v1.TelemetryCoverage.$Properties): vigil.v1.TelemetryCoverage;

            /**
             * Encodes the specified TelemetryCoverage message. Does not implicitly {@link vigil.v1.TelemetryCoverage.verify|verify} messages.
             * @param message TelemetryCoverage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.TelemetryCoverage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TelemetryCoverage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.TelemetryCoverage & vigil.v1.TelemetryCoverage.$Shape} TelemetryCoverage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.TelemetryCoverage & vigil.v1.TelemetryCoverage.$Shape;

            /**
             * Creates a TelemetryCoverage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TelemetryCoverage
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.TelemetryCoverage;

            /**
             * Creates a plain object from a TelemetryCoverage message. Also converts values to other types if specified.
             * @param message TelemetryCoverage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.TelemetryCoverage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TelemetryCoverage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TelemetryCoverage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TelemetryCoverage {

            /** Properties of a TelemetryCoverage. */
            interface $Properties {

                /** TelemetryCoverage minuteStartNs */
                minuteStartNs?: (number|Long|null);

                /** TelemetryCoverage kernelExecs */
                kernelExecs?: (number|Long|null);

                /** TelemetryCoverage execsWithArgs */
                execsWithArgs?: (number|Long|null);

                /** TelemetryCoverage execsPidOnly */
                execsPidOnly?: (number|Long|null);

                /** TelemetryCoverage recordsLost */
                recordsLost?: (number|Long|null);

                /** TelemetryCoverage processSource */
                processSource?: (string|null);

                /** TelemetryCoverage sourceReason */
                sourceReason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TelemetryCoverage. */
            type $Shape = vigil.v1.TelemetryCoverage.$Properties;
        }

        /**
         * Properties of a Tamper.
         * @deprecated Use vigil.v1.Tamper.$Properties instead.
         */
        interface ITamper extends vigil.v1.Tamper.$Properties {
        }

        /** Represents a Tamper. */
        class Tamper {

            /**
             * Constructs a new Tamper.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Tamper.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Tamper what. */
            what: string;

            /** Tamper detail. */
            detail: string;

            /** Tamper repaired. */
            repaired: boolean;

            /**
             * Creates a new Tamper instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Tamper instance
             */
            static create(properties: vigil.v1.Tamper.$Shape): vigil.v1.Tamper & vigil.v1.Tamper.$Shape;
            static create(properties?: vigil.v1.Tamper.$Properties): vigil.v1.Tamper;

            /**
             * Encodes the specified Tamper message. Does not implicitly {@link vigil.v1.Tamper.verify|verify} messages.
             * @param message Tamper message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Tamper.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Tamper message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Tamper & vigil.v1.Tamper.$Shape} Tamper
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Tamper & vigil.v1.Tamper.$Shape;

            /**
             * Creates a Tamper message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Tamper
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Tamper;

            /**
             * Creates a plain object from a Tamper message. Also converts values to other types if specified.
             * @param message Tamper
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Tamper, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Tamper to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Tamper
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Tamper {

            /** Properties of a Tamper. */
            interface $Properties {

                /** Tamper what */
                what?: (string|null);

                /** Tamper detail */
                detail?: (string|null);

                /** Tamper repaired */
                repaired?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Tamper. */
            type $Shape = vigil.v1.Tamper.$Properties;
        }

        /**
         * Properties of a SignedCommand.
         * @deprecated Use vigil.v1.SignedCommand.$Properties instead.
         */
        interface ISignedCommand extends vigil.v1.SignedCommand.$Properties {
        }

        /** Represents a SignedCommand. */
        class SignedCommand {

            /**
             * Constructs a new SignedCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.SignedCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedCommand payload. */
            payload: Uint8Array;

            /** SignedCommand signature. */
            signature: Uint8Array;

            /**
             * Creates a new SignedCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedCommand instance
             */
            static create(properties: vigil.v1.SignedCommand.$Shape): vigil.v1.SignedCommand & vigil.v1.SignedCommand.$Shape;
            static create(properties?: vigil.v1.SignedCommand.$Properties): vigil.v1.SignedCommand;

            /**
             * Encodes the specified SignedCommand message. Does not implicitly {@link vigil.v1.SignedCommand.verify|verify} messages.
             * @param message SignedCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.SignedCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.SignedCommand & vigil.v1.SignedCommand.$Shape} SignedCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.SignedCommand & vigil.v1.SignedCommand.$Shape;

            /**
             * Creates a SignedCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SignedCommand
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.SignedCommand;

            /**
             * Creates a plain object from a SignedCommand message. Also converts values to other types if specified.
             * @param message SignedCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.SignedCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SignedCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SignedCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedCommand {

            /** Properties of a SignedCommand. */
            interface $Properties {

                /** SignedCommand payload */
                payload?: (Uint8Array|null);

                /** SignedCommand signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedCommand. */
            type $Shape = vigil.v1.SignedCommand.$Properties;
        }

        /**
         * Properties of a Command.
         * @deprecated Use vigil.v1.Command.$Properties instead.
         */
        interface ICommand extends vigil.v1.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command commandId. */
            commandId: string;

            /** Command agentId. */
            agentId: string;

            /** Command issuedAtMs. */
            issuedAtMs: (number|Long);

            /** Command expiresAtMs. */
            expiresAtMs: (number|Long);

            /** Command nonce. */
            nonce: Uint8Array;

            /** Command dryRun. */
            dryRun: boolean;

            /** Command operator. */
            operator: string;

            /** Command isolate. */
            isolate?: (vigil.v1.IsolateHost.$Properties|null);

            /** Command release. */
            release?: (vigil.v1.ReleaseHost.$Properties|null);

            /** Command stopService. */
            stopService?: (vigil.v1.StopService.$Properties|null);

            /** Command startService. */
            startService?: (vigil.v1.StartService.$Properties|null);

            /** Command killProcess. */
            killProcess?: (vigil.v1.KillProcess.$Properties|null);

            /** Command blockAddress. */
            blockAddress?: (vigil.v1.BlockAddress.$Properties|null);

            /** Command unblockAddress. */
            unblockAddress?: (vigil.v1.UnblockAddress.$Properties|null);

            /** Command quarantineFile. */
            quarantineFile?: (vigil.v1.QuarantineFile.$Properties|null);

            /** Command restoreFile. */
            restoreFile?: (vigil.v1.RestoreFile.$Properties|null);

            /** Command triage. */
            triage?: (vigil.v1.TriageSnapshot.$Properties|null);

            /** Command collectFile. */
            collectFile?: (vigil.v1.CollectFile.$Properties|null);

            /** Command upgrade. */
            upgrade?: (vigil.v1.Upgrade.$Properties|null);

            /** Command action. */
            action?: ("isolate"|"release"|"stopService"|"startService"|"killProcess"|"blockAddress"|"unblockAddress"|"quarantineFile"|"restoreFile"|"triage"|"collectFile"|"upgrade");

            /**
             * Creates a new Command instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Command instance
             */
            static create(properties: vigil.v1.Command.$Shape): vigil.v1.Command & vigil.v1.Command.$Shape;
            static create(properties?: vigil.v1.Command.$Properties): vigil.v1.Command;

            /**
             * Encodes the specified Command message. Does not implicitly {@link vigil.v1.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Command & vigil.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Command & vigil.v1.Command.$Shape;

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Command
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Command;

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @param message Command
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Command to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Command
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** Command commandId */
                commandId?: (string|null);

                /** Command agentId */
                agentId?: (string|null);

                /** Command issuedAtMs */
                issuedAtMs?: (number|Long|null);

                /** Command expiresAtMs */
                expiresAtMs?: (number|Long|null);

                /** Command nonce */
                nonce?: (Uint8Array|null);

                /** Command dryRun */
                dryRun?: (boolean|null);

                /** Command operator */
                operator?: (string|null);

                /** Command isolate */
                isolate?: (vigil.v1.IsolateHost.$Properties|null);

                /** Command release */
                release?: (vigil.v1.ReleaseHost.$Properties|null);

                /** Command stopService */
                stopService?: (vigil.v1.StopService.$Properties|null);

                /** Command startService */
                startService?: (vigil.v1.StartService.$Properties|null);

                /** Command killProcess */
                killProcess?: (vigil.v1.KillProcess.$Properties|null);

                /** Command blockAddress */
                blockAddress?: (vigil.v1.BlockAddress.$Properties|null);

                /** Command unblockAddress */
                unblockAddress?: (vigil.v1.UnblockAddress.$Properties|null);

                /** Command quarantineFile */
                quarantineFile?: (vigil.v1.QuarantineFile.$Properties|null);

                /** Command restoreFile */
                restoreFile?: (vigil.v1.RestoreFile.$Properties|null);

                /** Command triage */
                triage?: (vigil.v1.TriageSnapshot.$Properties|null);

                /** Command collectFile */
                collectFile?: (vigil.v1.CollectFile.$Properties|null);

                /** Command upgrade */
                upgrade?: (vigil.v1.Upgrade.$Properties|null);

                /** Command action */
                action?: ("isolate"|"release"|"stopService"|"startService"|"killProcess"|"blockAddress"|"unblockAddress"|"quarantineFile"|"restoreFile"|"triage"|"collectFile"|"upgrade");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Command. */
            type $Shape = {
              commandId?: string|null;
              agentId?: string|null;
              issuedAtMs?: number|Long|null;
              expiresAtMs?: number|Long|null;
              nonce?: Uint8Array|null;
              dryRun?: boolean|null;
              operator?: string|null;
              isolate?: vigil.v1.IsolateHost.$Shape|null;
              release?: vigil.v1.ReleaseHost.$Shape|null;
              stopService?: vigil.v1.StopService.$Shape|null;
              startService?: vigil.v1.StartService.$Shape|null;
              killProcess?: vigil.v1.KillProcess.$Shape|null;
              blockAddress?: vigil.v1.BlockAddress.$Shape|null;
              unblockAddress?: vigil.v1.UnblockAddress.$Shape|null;
              quarantineFile?: vigil.v1.QuarantineFile.$Shape|null;
              restoreFile?: vigil.v1.RestoreFile.$Shape|null;
              triage?: vigil.v1.TriageSnapshot.$Shape|null;
              collectFile?: vigil.v1.CollectFile.$Shape|null;
              upgrade?: vigil.v1.Upgrade.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ action?: undefined; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "isolate"; isolate: vigil.v1.IsolateHost.$Shape; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "release"; isolate?: null; release: vigil.v1.ReleaseHost.$Shape; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "stopService"; isolate?: null; release?: null; stopService: vigil.v1.StopService.$Shape; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "startService"; isolate?: null; release?: null; stopService?: null; startService: vigil.v1.StartService.$Shape; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "killProcess"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess: vigil.v1.KillProcess.$Shape; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "blockAddress"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress: vigil.v1.BlockAddress.$Shape; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "unblockAddress"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress: vigil.v1.UnblockAddress.$Shape; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "quarantineFile"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile: vigil.v1.QuarantineFile.$Shape; restoreFile?: null; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "restoreFile"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile: vigil.v1.RestoreFile.$Shape; triage?: null; collectFile?: null; upgrade?: null }|{ action?: "triage"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage: vigil.v1.TriageSnapshot.$Shape; collectFile?: null; upgrade?: null }|{ action?: "collectFile"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile: vigil.v1.CollectFile.$Shape; upgrade?: null }|{ action?: "upgrade"; isolate?: null; release?: null; stopService?: null; startService?: null; killProcess?: null; blockAddress?: null; unblockAddress?: null; quarantineFile?: null; restoreFile?: null; triage?: null; collectFile?: null; upgrade: vigil.v1.Upgrade.$Shape })
            );
        }

        /**
         * Properties of an IsolateHost.
         * @deprecated Use vigil.v1.IsolateHost.$Properties instead.
         */
        interface IIsolateHost extends vigil.v1.IsolateHost.$Properties {
        }

        /** Represents an IsolateHost. */
        class IsolateHost {

            /**
             * Constructs a new IsolateHost.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.IsolateHost.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IsolateHost allowCidrs. */
            allowCidrs: string[];

            /** IsolateHost allowDns. */
            allowDns: boolean;

            /** IsolateHost selfTestDeadlineMs. */
            selfTestDeadlineMs: number;

            /**
             * Creates a new IsolateHost instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IsolateHost instance
             */
            static create(properties: vigil.v1.IsolateHost.$Shape): vigil.v1.IsolateHost & vigil.v1.IsolateHost.$Shape;
            static create(properties?: vigil.v1.IsolateHost.$Properties): vigil.v1.IsolateHost;

            /**
             * Encodes the specified IsolateHost message. Does not implicitly {@link vigil.v1.IsolateHost.verify|verify} messages.
             * @param message IsolateHost message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.IsolateHost.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IsolateHost message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.IsolateHost & vigil.v1.IsolateHost.$Shape} IsolateHost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.IsolateHost & vigil.v1.IsolateHost.$Shape;

            /**
             * Creates an IsolateHost message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IsolateHost
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.IsolateHost;

            /**
             * Creates a plain object from an IsolateHost message. Also converts values to other types if specified.
             * @param message IsolateHost
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.IsolateHost, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IsolateHost to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IsolateHost
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsolateHost {

            /** Properties of an IsolateHost. */
            interface $Properties {

                /** IsolateHost allowCidrs */
                allowCidrs?: (string[]|null);

                /** IsolateHost allowDns */
                allowDns?: (boolean|null);

                /** IsolateHost selfTestDeadlineMs */
                selfTestDeadlineMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IsolateHost. */
            type $Shape = vigil.v1.IsolateHost.$Properties;
        }

        /**
         * Properties of a ReleaseHost.
         * @deprecated Use vigil.v1.ReleaseHost.$Properties instead.
         */
        interface IReleaseHost extends vigil.v1.ReleaseHost.$Properties {
        }

        /** Represents a ReleaseHost. */
        class ReleaseHost {

            /**
             * Constructs a new ReleaseHost.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.ReleaseHost.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ReleaseHost instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReleaseHost instance
             */
            static create(properties: vigil.v1.ReleaseHost.$Shape): vigil.v1.ReleaseHost & vigil.v1.ReleaseHost.$Shape;
            static create(properties?: vigil.v1.ReleaseHost.$Properties): vigil.v1.ReleaseHost;

            /**
             * Encodes the specified ReleaseHost message. Does not implicitly {@link vigil.v1.ReleaseHost.verify|verify} messages.
             * @param message ReleaseHost message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.ReleaseHost.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReleaseHost message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.ReleaseHost & vigil.v1.ReleaseHost.$Shape} ReleaseHost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.ReleaseHost & vigil.v1.ReleaseHost.$Shape;

            /**
             * Creates a ReleaseHost message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReleaseHost
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.ReleaseHost;

            /**
             * Creates a plain object from a ReleaseHost message. Also converts values to other types if specified.
             * @param message ReleaseHost
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.ReleaseHost, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReleaseHost to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReleaseHost
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReleaseHost {

            /** Properties of a ReleaseHost. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReleaseHost. */
            type $Shape = vigil.v1.ReleaseHost.$Properties;
        }

        /**
         * Properties of a StopService.
         * @deprecated Use vigil.v1.StopService.$Properties instead.
         */
        interface IStopService extends vigil.v1.StopService.$Properties {
        }

        /** Represents a StopService. */
        class StopService {

            /**
             * Constructs a new StopService.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.StopService.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StopService unit. */
            unit: string;

            /** StopService disable. */
            disable: boolean;

            /** StopService mask. */
            mask: boolean;

            /**
             * Creates a new StopService instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopService instance
             */
            static create(properties: vigil.v1.StopService.$Shape): vigil.v1.StopService & vigil.v1.StopService.$Shape;
            static create(properties?: vigil.v1.StopService.$Properties): vigil.v1.StopService;

            /**
             * Encodes the specified StopService message. Does not implicitly {@link vigil.v1.StopService.verify|verify} messages.
             * @param message StopService message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.StopService.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopService message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.StopService & vigil.v1.StopService.$Shape} StopService
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.StopService & vigil.v1.StopService.$Shape;

            /**
             * Creates a StopService message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StopService
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.StopService;

            /**
             * Creates a plain object from a StopService message. Also converts values to other types if specified.
             * @param message StopService
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.StopService, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopService to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopService
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopService {

            /** Properties of a StopService. */
            interface $Properties {

                /** StopService unit */
                unit?: (string|null);

                /** StopService disable */
                disable?: (boolean|null);

                /** StopService mask */
                mask?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopService. */
            type $Shape = vigil.v1.StopService.$Properties;
        }

        /**
         * Properties of a StartService.
         * @deprecated Use vigil.v1.StartService.$Properties instead.
         */
        interface IStartService extends vigil.v1.StartService.$Properties {
        }

        /** Represents a StartService. */
        class StartService {

            /**
             * Constructs a new StartService.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.StartService.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StartService unit. */
            unit: string;

            /** StartService unmask. */
            unmask: boolean;

            /** StartService enable. */
            enable: boolean;

            /**
             * Creates a new StartService instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartService instance
             */
            static create(properties: vigil.v1.StartService.$Shape): vigil.v1.StartService & vigil.v1.StartService.$Shape;
            static create(properties?: vigil.v1.StartService.$Properties): vigil.v1.StartService;

            /**
             * Encodes the specified StartService message. Does not implicitly {@link vigil.v1.StartService.verify|verify} messages.
             * @param message StartService message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.StartService.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartService message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.StartService & vigil.v1.StartService.$Shape} StartService
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.StartService & vigil.v1.StartService.$Shape;

            /**
             * Creates a StartService message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StartService
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.StartService;

            /**
             * Creates a plain object from a StartService message. Also converts values to other types if specified.
             * @param message StartService
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.StartService, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartService to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StartService
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartService {

            /** Properties of a StartService. */
            interface $Properties {

                /** StartService unit */
                unit?: (string|null);

                /** StartService unmask */
                unmask?: (boolean|null);

                /** StartService enable */
                enable?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartService. */
            type $Shape = vigil.v1.StartService.$Properties;
        }

        /**
         * Properties of a KillProcess.
         * @deprecated Use vigil.v1.KillProcess.$Properties instead.
         */
        interface IKillProcess extends vigil.v1.KillProcess.$Properties {
        }

        /** Represents a KillProcess. */
        class KillProcess {

            /**
             * Constructs a new KillProcess.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.KillProcess.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KillProcess pid. */
            pid: number;

            /** KillProcess startTimeTicks. */
            startTimeTicks: (number|Long);

            /** KillProcess tree. */
            tree: boolean;

            /** KillProcess graceMs. */
            graceMs: number;

            /**
             * Creates a new KillProcess instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KillProcess instance
             */
            static create(properties: vigil.v1.KillProcess.$Shape): vigil.v1.KillProcess & vigil.v1.KillProcess.$Shape;
            static create(properties?: vigil.v1.KillProcess.$Properties): vigil.v1.KillProcess;

            /**
             * Encodes the specified KillProcess message. Does not implicitly {@link vigil.v1.KillProcess.verify|verify} messages.
             * @param message KillProcess message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.KillProcess.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KillProcess message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.KillProcess & vigil.v1.KillProcess.$Shape} KillProcess
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.KillProcess & vigil.v1.KillProcess.$Shape;

            /**
             * Creates a KillProcess message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KillProcess
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.KillProcess;

            /**
             * Creates a plain object from a KillProcess message. Also converts values to other types if specified.
             * @param message KillProcess
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.KillProcess, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KillProcess to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KillProcess
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KillProcess {

            /** Properties of a KillProcess. */
            interface $Properties {

                /** KillProcess pid */
                pid?: (number|null);

                /** KillProcess startTimeTicks */
                startTimeTicks?: (number|Long|null);

                /** KillProcess tree */
                tree?: (boolean|null);

                /** KillProcess graceMs */
                graceMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KillProcess. */
            type $Shape = vigil.v1.KillProcess.$Properties;
        }

        /**
         * Properties of a BlockAddress.
         * @deprecated Use vigil.v1.BlockAddress.$Properties instead.
         */
        interface IBlockAddress extends vigil.v1.BlockAddress.$Properties {
        }

        /** Represents a BlockAddress. */
        class BlockAddress {

            /**
             * Constructs a new BlockAddress.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.BlockAddress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlockAddress cidr. */
            cidr: string;

            /** BlockAddress ttlSeconds. */
            ttlSeconds: number;

            /**
             * Creates a new BlockAddress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlockAddress instance
             */
            static create(properties: vigil.v1.BlockAddress.$Shape): vigil.v1.BlockAddress & vigil.v1.BlockAddress.$Shape;
            static create(properties?: vigil.v1.BlockAddress.$Properties): vigil.v1.BlockAddress;

            /**
             * Encodes the specified BlockAddress message. Does not implicitly {@link vigil.v1.BlockAddress.verify|verify} messages.
             * @param message BlockAddress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.BlockAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlockAddress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.BlockAddress & vigil.v1.BlockAddress.$Shape} BlockAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.BlockAddress & vigil.v1.BlockAddress.$Shape;

            /**
             * Creates a BlockAddress message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BlockAddress
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.BlockAddress;

            /**
             * Creates a plain object from a BlockAddress message. Also converts values to other types if specified.
             * @param message BlockAddress
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.BlockAddress, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BlockAddress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BlockAddress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlockAddress {

            /** Properties of a BlockAddress. */
            interface $Properties {

                /** BlockAddress cidr */
                cidr?: (string|null);

                /** BlockAddress ttlSeconds */
                ttlSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlockAddress. */
            type $Shape = vigil.v1.BlockAddress.$Properties;
        }

        /**
         * Properties of an UnblockAddress.
         * @deprecated Use vigil.v1.UnblockAddress.$Properties instead.
         */
        interface IUnblockAddress extends vigil.v1.UnblockAddress.$Properties {
        }

        /** Represents an UnblockAddress. */
        class UnblockAddress {

            /**
             * Constructs a new UnblockAddress.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.UnblockAddress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UnblockAddress cidr. */
            cidr: string;

            /**
             * Creates a new UnblockAddress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnblockAddress instance
             */
            static create(properties: vigil.v1.UnblockAddress.$Shape): vigil.v1.UnblockAddress & vigil.v1.UnblockAddress.$Shape;
            static create(properties?: vigil.v1.UnblockAddress.$Properties): vigil.v1.UnblockAddress;

            /**
             * Encodes the specified UnblockAddress message. Does not implicitly {@link vigil.v1.UnblockAddress.verify|verify} messages.
             * @param message UnblockAddress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.UnblockAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UnblockAddress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.UnblockAddress & vigil.v1.UnblockAddress.$Shape} UnblockAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.UnblockAddress & vigil.v1.UnblockAddress.$Shape;

            /**
             * Creates an UnblockAddress message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UnblockAddress
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.UnblockAddress;

            /**
             * Creates a plain object from an UnblockAddress message. Also converts values to other types if specified.
             * @param message UnblockAddress
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.UnblockAddress, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UnblockAddress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UnblockAddress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnblockAddress {

            /** Properties of an UnblockAddress. */
            interface $Properties {

                /** UnblockAddress cidr */
                cidr?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UnblockAddress. */
            type $Shape = vigil.v1.UnblockAddress.$Properties;
        }

        /**
         * Properties of a QuarantineFile.
         * @deprecated Use vigil.v1.QuarantineFile.$Properties instead.
         */
        interface IQuarantineFile extends vigil.v1.QuarantineFile.$Properties {
        }

        /** Represents a QuarantineFile. */
        class QuarantineFile {

            /**
             * Constructs a new QuarantineFile.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.QuarantineFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QuarantineFile path. */
            path: string;

            /**
             * Creates a new QuarantineFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QuarantineFile instance
             */
            static create(properties: vigil.v1.QuarantineFile.$Shape): vigil.v1.QuarantineFile & vigil.v1.QuarantineFile.$Shape;
            static create(properties?: vigil.v1.QuarantineFile.$Properties): vigil.v1.QuarantineFile;

            /**
             * Encodes the specified QuarantineFile message. Does not implicitly {@link vigil.v1.QuarantineFile.verify|verify} messages.
             * @param message QuarantineFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.QuarantineFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QuarantineFile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.QuarantineFile & vigil.v1.QuarantineFile.$Shape} QuarantineFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.QuarantineFile & vigil.v1.QuarantineFile.$Shape;

            /**
             * Creates a QuarantineFile message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QuarantineFile
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.QuarantineFile;

            /**
             * Creates a plain object from a QuarantineFile message. Also converts values to other types if specified.
             * @param message QuarantineFile
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.QuarantineFile, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QuarantineFile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QuarantineFile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QuarantineFile {

            /** Properties of a QuarantineFile. */
            interface $Properties {

                /** QuarantineFile path */
                path?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QuarantineFile. */
            type $Shape = vigil.v1.QuarantineFile.$Properties;
        }

        /**
         * Properties of a RestoreFile.
         * @deprecated Use vigil.v1.RestoreFile.$Properties instead.
         */
        interface IRestoreFile extends vigil.v1.RestoreFile.$Properties {
        }

        /** Represents a RestoreFile. */
        class RestoreFile {

            /**
             * Constructs a new RestoreFile.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.RestoreFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RestoreFile quarantineId. */
            quarantineId: string;

            /**
             * Creates a new RestoreFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RestoreFile instance
             */
            static create(properties: vigil.v1.RestoreFile.$Shape): vigil.v1.RestoreFile & vigil.v1.RestoreFile.$Shape;
            static create(properties?: vigil.v1.RestoreFile.$Properties): vigil.v1.RestoreFile;

            /**
             * Encodes the specified RestoreFile message. Does not implicitly {@link vigil.v1.RestoreFile.verify|verify} messages.
             * @param message RestoreFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.RestoreFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RestoreFile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.RestoreFile & vigil.v1.RestoreFile.$Shape} RestoreFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.RestoreFile & vigil.v1.RestoreFile.$Shape;

            /**
             * Creates a RestoreFile message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RestoreFile
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.RestoreFile;

            /**
             * Creates a plain object from a RestoreFile message. Also converts values to other types if specified.
             * @param message RestoreFile
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.RestoreFile, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RestoreFile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RestoreFile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RestoreFile {

            /** Properties of a RestoreFile. */
            interface $Properties {

                /** RestoreFile quarantineId */
                quarantineId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RestoreFile. */
            type $Shape = vigil.v1.RestoreFile.$Properties;
        }

        /**
         * Properties of a TriageSnapshot.
         * @deprecated Use vigil.v1.TriageSnapshot.$Properties instead.
         */
        interface ITriageSnapshot extends vigil.v1.TriageSnapshot.$Properties {
        }

        /** Represents a TriageSnapshot. */
        class TriageSnapshot {

            /**
             * Constructs a new TriageSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.TriageSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TriageSnapshot authLogLines. */
            authLogLines: number;

            /**
             * Creates a new TriageSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TriageSnapshot instance
             */
            static create(properties: vigil.v1.TriageSnapshot.$Shape): vigil.v1.TriageSnapshot & vigil.v1.TriageSnapshot.$Shape;
            static create(properties?: vigil.v1.TriageSnapshot.$Properties): vigil.v1.TriageSnapshot;

            /**
             * Encodes the specified TriageSnapshot message. Does not implicitly {@link vigil.v1.TriageSnapshot.verify|verify} messages.
             * @param message TriageSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.TriageSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TriageSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.TriageSnapshot & vigil.v1.TriageSnapshot.$Shape} TriageSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.TriageSnapshot & vigil.v1.TriageSnapshot.$Shape;

            /**
             * Creates a TriageSnapshot message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TriageSnapshot
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.TriageSnapshot;

            /**
             * Creates a plain object from a TriageSnapshot message. Also converts values to other types if specified.
             * @param message TriageSnapshot
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.TriageSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TriageSnapshot to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TriageSnapshot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TriageSnapshot {

            /** Properties of a TriageSnapshot. */
            interface $Properties {

                /** TriageSnapshot authLogLines */
                authLogLines?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TriageSnapshot. */
            type $Shape = vigil.v1.TriageSnapshot.$Properties;
        }

        /**
         * Properties of a CollectFile.
         * @deprecated Use vigil.v1.CollectFile.$Properties instead.
         */
        interface ICollectFile extends vigil.v1.CollectFile.$Properties {
        }

        /** Represents a CollectFile. */
        class CollectFile {

            /**
             * Constructs a new CollectFile.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.CollectFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CollectFile path. */
            path: string;

            /** CollectFile maxBytes. */
            maxBytes: (number|Long);

            /** CollectFile credentialAccess. */
            credentialAccess: boolean;

            /** CollectFile reason. */
            reason: string;

            /**
             * Creates a new CollectFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CollectFile instance
             */
            static create(properties: vigil.v1.CollectFile.$Shape): vigil.v1.CollectFile & vigil.v1.CollectFile.$Shape;
            static create(properties?: vigil.v1.CollectFile.$Properties): vigil.v1.CollectFile;

            /**
             * Encodes the specified CollectFile message. Does not implicitly {@link vigil.v1.CollectFile.verify|verify} messages.
             * @param message CollectFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.CollectFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CollectFile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.CollectFile & vigil.v1.CollectFile.$Shape} CollectFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.CollectFile & vigil.v1.CollectFile.$Shape;

            /**
             * Creates a CollectFile message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CollectFile
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.CollectFile;

            /**
             * Creates a plain object from a CollectFile message. Also converts values to other types if specified.
             * @param message CollectFile
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.CollectFile, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CollectFile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CollectFile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CollectFile {

            /** Properties of a CollectFile. */
            interface $Properties {

                /** CollectFile path */
                path?: (string|null);

                /** CollectFile maxBytes */
                maxBytes?: (number|Long|null);

                /** CollectFile credentialAccess */
                credentialAccess?: (boolean|null);

                /** CollectFile reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CollectFile. */
            type $Shape = vigil.v1.CollectFile.$Properties;
        }

        /**
         * Properties of an Upgrade.
         * @deprecated Use vigil.v1.Upgrade.$Properties instead.
         */
        interface IUpgrade extends vigil.v1.Upgrade.$Properties {
        }

        /** Represents an Upgrade. */
        class Upgrade {

            /**
             * Constructs a new Upgrade.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.Upgrade.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Upgrade version. */
            version: string;

            /** Upgrade url. */
            url: string;

            /** Upgrade sha256. */
            sha256: string;

            /** Upgrade bundleSignature. */
            bundleSignature: Uint8Array;

            /**
             * Creates a new Upgrade instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Upgrade instance
             */
            static create(properties: vigil.v1.Upgrade.$Shape): vigil.v1.Upgrade & vigil.v1.Upgrade.$Shape;
            static create(properties?: vigil.v1.Upgrade.$Properties): vigil.v1.Upgrade;

            /**
             * Encodes the specified Upgrade message. Does not implicitly {@link vigil.v1.Upgrade.verify|verify} messages.
             * @param message Upgrade message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.Upgrade.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Upgrade message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.Upgrade & vigil.v1.Upgrade.$Shape} Upgrade
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.Upgrade & vigil.v1.Upgrade.$Shape;

            /**
             * Creates an Upgrade message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Upgrade
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.Upgrade;

            /**
             * Creates a plain object from an Upgrade message. Also converts values to other types if specified.
             * @param message Upgrade
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.Upgrade, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Upgrade to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Upgrade
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Upgrade {

            /** Properties of an Upgrade. */
            interface $Properties {

                /** Upgrade version */
                version?: (string|null);

                /** Upgrade url */
                url?: (string|null);

                /** Upgrade sha256 */
                sha256?: (string|null);

                /** Upgrade bundleSignature */
                bundleSignature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Upgrade. */
            type $Shape = vigil.v1.Upgrade.$Properties;
        }

        /** CommandStatus enum. */
        enum CommandStatus {

            /** COMMAND_STATUS_UNSPECIFIED value */
            COMMAND_STATUS_UNSPECIFIED = 0,

            /** RUNNING value */
            RUNNING = 1,

            /** SUCCEEDED value */
            SUCCEEDED = 2,

            /** FAILED value */
            FAILED = 3,

            /** REFUSED value */
            REFUSED = 4
        }

        /**
         * Properties of a CommandResult.
         * @deprecated Use vigil.v1.CommandResult.$Properties instead.
         */
        interface ICommandResult extends vigil.v1.CommandResult.$Properties {
        }

        /** Represents a CommandResult. */
        class CommandResult {

            /**
             * Constructs a new CommandResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.CommandResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandResult commandId. */
            commandId: string;

            /** CommandResult status. */
            status: vigil.v1.CommandStatus;

            /** CommandResult errorCode. */
            errorCode: string;

            /** CommandResult message. */
            message: string;

            /** CommandResult dryRun. */
            dryRun: boolean;

            /** CommandResult outputJson. */
            outputJson: string;

            /** CommandResult startedAtMs. */
            startedAtMs: (number|Long);

            /** CommandResult finishedAtMs. */
            finishedAtMs: (number|Long);

            /** CommandResult duplicate. */
            duplicate: boolean;

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandResult instance
             */
            static create(properties: vigil.v1.CommandResult.$Shape): vigil.v1.CommandResult & vigil.v1.CommandResult.$Shape;
            static create(properties?: vigil.v1.CommandResult.$Properties): vigil.v1.CommandResult;

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link vigil.v1.CommandResult.verify|verify} messages.
             * @param message CommandResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.CommandResult & vigil.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.CommandResult & vigil.v1.CommandResult.$Shape;

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CommandResult
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.CommandResult;

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @param message CommandResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.CommandResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommandResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandResult {

            /** Properties of a CommandResult. */
            interface $Properties {

                /** CommandResult commandId */
                commandId?: (string|null);

                /** CommandResult status */
                status?: (vigil.v1.CommandStatus|null);

                /** CommandResult errorCode */
                errorCode?: (string|null);

                /** CommandResult message */
                message?: (string|null);

                /** CommandResult dryRun */
                dryRun?: (boolean|null);

                /** CommandResult outputJson */
                outputJson?: (string|null);

                /** CommandResult startedAtMs */
                startedAtMs?: (number|Long|null);

                /** CommandResult finishedAtMs */
                finishedAtMs?: (number|Long|null);

                /** CommandResult duplicate */
                duplicate?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandResult. */
            type $Shape = vigil.v1.CommandResult.$Properties;
        }

        /**
         * Properties of a FileChunk.
         * @deprecated Use vigil.v1.FileChunk.$Properties instead.
         */
        interface IFileChunk extends vigil.v1.FileChunk.$Properties {
        }

        /** Represents a FileChunk. */
        class FileChunk {

            /**
             * Constructs a new FileChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: vigil.v1.FileChunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FileChunk commandId. */
            commandId: string;

            /** FileChunk offset. */
            offset: (number|Long);

            /** FileChunk data. */
            data: Uint8Array;

            /** FileChunk last. */
            last: boolean;

            /** FileChunk sha256. */
            sha256: string;

            /** FileChunk size. */
            size: (number|Long);

            /**
             * Creates a new FileChunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileChunk instance
             */
            static create(properties: vigil.v1.FileChunk.$Shape): vigil.v1.FileChunk & vigil.v1.FileChunk.$Shape;
            static create(properties?: vigil.v1.FileChunk.$Properties): vigil.v1.FileChunk;

            /**
             * Encodes the specified FileChunk message. Does not implicitly {@link vigil.v1.FileChunk.verify|verify} messages.
             * @param message FileChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vigil.v1.FileChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vigil.v1.FileChunk & vigil.v1.FileChunk.$Shape} FileChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vigil.v1.FileChunk & vigil.v1.FileChunk.$Shape;

            /**
             * Creates a FileChunk message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileChunk
             */
            static fromObject(object: { [k: string]: any }): vigil.v1.FileChunk;

            /**
             * Creates a plain object from a FileChunk message. Also converts values to other types if specified.
             * @param message FileChunk
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vigil.v1.FileChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileChunk to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FileChunk
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileChunk {

            /** Properties of a FileChunk. */
            interface $Properties {

                /** FileChunk commandId */
                commandId?: (string|null);

                /** FileChunk offset */
                offset?: (number|Long|null);

                /** FileChunk data */
                data?: (Uint8Array|null);

                /** FileChunk last */
                last?: (boolean|null);

                /** FileChunk sha256 */
                sha256?: (string|null);

                /** FileChunk size */
                size?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FileChunk. */
            type $Shape = vigil.v1.FileChunk.$Properties;
        }
    }
}
