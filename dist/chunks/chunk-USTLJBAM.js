import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  escapeHtml
} from "./chunk-URA27PR3.js";
import {
  duration,
  testsKind
} from "./chunk-X4KHYHO3.js";
import {
  BundleWriter
} from "./chunk-HDAVNSEG.js";
import {
  VERSION
} from "./chunk-TEH4O767.js";
import {
  evaluateGates,
  formatValue
} from "./chunk-NAPEE2LL.js";
import {
  isRecord,
  require_dist,
  require_ucs2length
} from "./chunk-QB6OZEIA.js";
import {
  RedactStream,
  SecretRedactor,
  runCommand
} from "./chunk-IJQMLGDA.js";
import {
  toPlans
} from "./chunk-MPL7D26P.js";
import {
  StagingSink,
  slug
} from "./chunk-64KMYWYM.js";
import {
  DURATION_PATTERN,
  PERCENT_PATTERN,
  RATE_PATTERN,
  formatDuration,
  parseDuration,
  parsePercentOrNumber
} from "./chunk-HIFI45R2.js";
import {
  isInside,
  resolveInside
} from "./chunk-7MKRVRR7.js";
import {
  loadDefaultGates,
  loadMetrics
} from "./chunk-4J3PJH5E.js";
import {
  killTree,
  track
} from "./chunk-UVR4YFCP.js";
import {
  ManifestError,
  UserError,
  errorMessage
} from "./chunk-7JDYXFT2.js";
import {
  __commonJS,
  __toESM
} from "./chunk-FTISGSZM.js";

// node_modules/xmlbuilder/lib/Utility.js
var require_Utility = __commonJS({
  "node_modules/xmlbuilder/lib/Utility.js"(exports, module) {
    (function() {
      var assign, getValue, isArray, isEmpty, isFunction, isObject, isPlainObject, hasProp = {}.hasOwnProperty;
      assign = function(target, ...sources) {
        var i, key, len, source;
        if (isFunction(Object.assign)) {
          Object.assign.apply(null, arguments);
        } else {
          for (i = 0, len = sources.length; i < len; i++) {
            source = sources[i];
            if (source != null) {
              for (key in source) {
                if (!hasProp.call(source, key)) continue;
                target[key] = source[key];
              }
            }
          }
        }
        return target;
      };
      isFunction = function(val) {
        return !!val && Object.prototype.toString.call(val) === "[object Function]";
      };
      isObject = function(val) {
        var ref;
        return !!val && ((ref = typeof val) === "function" || ref === "object");
      };
      isArray = function(val) {
        if (isFunction(Array.isArray)) {
          return Array.isArray(val);
        } else {
          return Object.prototype.toString.call(val) === "[object Array]";
        }
      };
      isEmpty = function(val) {
        var key;
        if (isArray(val)) {
          return !val.length;
        } else {
          for (key in val) {
            if (!hasProp.call(val, key)) continue;
            return false;
          }
          return true;
        }
      };
      isPlainObject = function(val) {
        var ctor, proto;
        return isObject(val) && (proto = Object.getPrototypeOf(val)) && (ctor = proto.constructor) && typeof ctor === "function" && ctor instanceof ctor && Function.prototype.toString.call(ctor) === Function.prototype.toString.call(Object);
      };
      getValue = function(obj) {
        if (isFunction(obj.valueOf)) {
          return obj.valueOf();
        } else {
          return obj;
        }
      };
      module.exports.assign = assign;
      module.exports.isFunction = isFunction;
      module.exports.isObject = isObject;
      module.exports.isArray = isArray;
      module.exports.isEmpty = isEmpty;
      module.exports.isPlainObject = isPlainObject;
      module.exports.getValue = getValue;
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDOMImplementation.js
var require_XMLDOMImplementation = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDOMImplementation.js"(exports, module) {
    (function() {
      var XMLDOMImplementation;
      module.exports = XMLDOMImplementation = class XMLDOMImplementation {
        // Tests if the DOM implementation implements a specific feature.
        // `feature` package name of the feature to test. In Level 1, the
        //           legal values are "HTML" and "XML" (case-insensitive).
        // `version` version number of the package name to test. 
        //           In Level 1, this is the string "1.0". If the version is 
        //           not specified, supporting any version of the feature will 
        //           cause the method to return true.
        hasFeature(feature, version) {
          return true;
        }
        // Creates a new document type declaration.
        // `qualifiedName` qualified name of the document type to be created
        // `publicId` public identifier of the external subset
        // `systemId` system identifier of the external subset
        createDocumentType(qualifiedName, publicId, systemId) {
          throw new Error("This DOM method is not implemented.");
        }
        // Creates a new document.
        // `namespaceURI` namespace URI of the document element to create
        // `qualifiedName` the qualified name of the document to be created
        // `doctype` the type of document to be created or null
        createDocument(namespaceURI, qualifiedName, doctype) {
          throw new Error("This DOM method is not implemented.");
        }
        // Creates a new HTML document.
        // `title` document title
        createHTMLDocument(title) {
          throw new Error("This DOM method is not implemented.");
        }
        // Returns a specialized object which implements the specialized APIs 
        // of the specified feature and version.
        // `feature` name of the feature requested.
        // `version` version number of the feature to test
        getFeature(feature, version) {
          throw new Error("This DOM method is not implemented.");
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDOMErrorHandler.js
var require_XMLDOMErrorHandler = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDOMErrorHandler.js"(exports, module) {
    (function() {
      var XMLDOMErrorHandler;
      module.exports = XMLDOMErrorHandler = class XMLDOMErrorHandler {
        // Initializes a new instance of `XMLDOMErrorHandler`
        constructor() {
        }
        // Called on the error handler when an error occurs.
        // `error` the error message as a string
        handleError(error) {
          throw new Error(error);
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDOMStringList.js
var require_XMLDOMStringList = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDOMStringList.js"(exports, module) {
    (function() {
      var XMLDOMStringList;
      module.exports = XMLDOMStringList = (function() {
        class XMLDOMStringList2 {
          // Initializes a new instance of `XMLDOMStringList`
          // This is just a wrapper around an ordinary
          // JS array.
          // `arr` the array of string values
          constructor(arr) {
            this.arr = arr || [];
          }
          // Returns the indexth item in the collection.
          // `index` index into the collection
          item(index) {
            return this.arr[index] || null;
          }
          // Test if a string is part of this DOMStringList.
          // `str` the string to look for
          contains(str) {
            return this.arr.indexOf(str) !== -1;
          }
        }
        ;
        Object.defineProperty(XMLDOMStringList2.prototype, "length", {
          get: function() {
            return this.arr.length;
          }
        });
        return XMLDOMStringList2;
      }).call(this);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDOMConfiguration.js
var require_XMLDOMConfiguration = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDOMConfiguration.js"(exports, module) {
    (function() {
      var XMLDOMConfiguration, XMLDOMErrorHandler, XMLDOMStringList;
      XMLDOMErrorHandler = require_XMLDOMErrorHandler();
      XMLDOMStringList = require_XMLDOMStringList();
      module.exports = XMLDOMConfiguration = (function() {
        class XMLDOMConfiguration2 {
          constructor() {
            var clonedSelf;
            this.defaultParams = {
              "canonical-form": false,
              "cdata-sections": false,
              "comments": false,
              "datatype-normalization": false,
              "element-content-whitespace": true,
              "entities": true,
              "error-handler": new XMLDOMErrorHandler(),
              "infoset": true,
              "validate-if-schema": false,
              "namespaces": true,
              "namespace-declarations": true,
              "normalize-characters": false,
              "schema-location": "",
              "schema-type": "",
              "split-cdata-sections": true,
              "validate": false,
              "well-formed": true
            };
            this.params = clonedSelf = Object.create(this.defaultParams);
          }
          // Gets the value of a parameter.
          // `name` name of the parameter
          getParameter(name) {
            if (this.params.hasOwnProperty(name)) {
              return this.params[name];
            } else {
              return null;
            }
          }
          // Checks if setting a parameter to a specific value is supported.
          // `name` name of the parameter
          // `value` parameter value
          canSetParameter(name, value) {
            return true;
          }
          // Sets the value of a parameter.
          // `name` name of the parameter
          // `value` new value or null if the user wishes to unset the parameter
          setParameter(name, value) {
            if (value != null) {
              return this.params[name] = value;
            } else {
              return delete this.params[name];
            }
          }
        }
        ;
        Object.defineProperty(XMLDOMConfiguration2.prototype, "parameterNames", {
          get: function() {
            return new XMLDOMStringList(Object.keys(this.defaultParams));
          }
        });
        return XMLDOMConfiguration2;
      }).call(this);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/NodeType.js
var require_NodeType = __commonJS({
  "node_modules/xmlbuilder/lib/NodeType.js"(exports, module) {
    (function() {
      module.exports = {
        Element: 1,
        Attribute: 2,
        Text: 3,
        CData: 4,
        EntityReference: 5,
        EntityDeclaration: 6,
        ProcessingInstruction: 7,
        Comment: 8,
        Document: 9,
        DocType: 10,
        DocumentFragment: 11,
        NotationDeclaration: 12,
        // Numeric codes up to 200 are reserved to W3C for possible future use.
        // Following are types internal to this library:
        Declaration: 201,
        Raw: 202,
        AttributeDeclaration: 203,
        ElementDeclaration: 204,
        Dummy: 205
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLAttribute.js
var require_XMLAttribute = __commonJS({
  "node_modules/xmlbuilder/lib/XMLAttribute.js"(exports, module) {
    (function() {
      var NodeType, XMLAttribute, XMLNode;
      NodeType = require_NodeType();
      XMLNode = require_XMLNode();
      module.exports = XMLAttribute = (function() {
        class XMLAttribute2 {
          // Initializes a new instance of `XMLAttribute`
          // `parent` the parent node
          // `name` attribute target
          // `value` attribute value
          constructor(parent, name, value) {
            this.parent = parent;
            if (this.parent) {
              this.options = this.parent.options;
              this.stringify = this.parent.stringify;
            }
            if (name == null) {
              throw new Error("Missing attribute name. " + this.debugInfo(name));
            }
            this.name = this.stringify.name(name);
            this.value = this.stringify.attValue(value);
            this.type = NodeType.Attribute;
            this.isId = false;
            this.schemaTypeInfo = null;
          }
          // Creates and returns a deep clone of `this`
          clone() {
            return Object.create(this);
          }
          // Converts the XML fragment to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          toString(options) {
            return this.options.writer.attribute(this, this.options.writer.filterOptions(options));
          }
          // Returns debug string for this node
          debugInfo(name) {
            name = name || this.name;
            if (name == null) {
              return "parent: <" + this.parent.name + ">";
            } else {
              return "attribute: {" + name + "}, parent: <" + this.parent.name + ">";
            }
          }
          isEqualNode(node) {
            if (node.namespaceURI !== this.namespaceURI) {
              return false;
            }
            if (node.prefix !== this.prefix) {
              return false;
            }
            if (node.localName !== this.localName) {
              return false;
            }
            if (node.value !== this.value) {
              return false;
            }
            return true;
          }
        }
        ;
        Object.defineProperty(XMLAttribute2.prototype, "nodeType", {
          get: function() {
            return this.type;
          }
        });
        Object.defineProperty(XMLAttribute2.prototype, "ownerElement", {
          get: function() {
            return this.parent;
          }
        });
        Object.defineProperty(XMLAttribute2.prototype, "textContent", {
          get: function() {
            return this.value;
          },
          set: function(value) {
            return this.value = value || "";
          }
        });
        Object.defineProperty(XMLAttribute2.prototype, "namespaceURI", {
          get: function() {
            return "";
          }
        });
        Object.defineProperty(XMLAttribute2.prototype, "prefix", {
          get: function() {
            return "";
          }
        });
        Object.defineProperty(XMLAttribute2.prototype, "localName", {
          get: function() {
            return this.name;
          }
        });
        Object.defineProperty(XMLAttribute2.prototype, "specified", {
          get: function() {
            return true;
          }
        });
        return XMLAttribute2;
      }).call(this);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLNamedNodeMap.js
var require_XMLNamedNodeMap = __commonJS({
  "node_modules/xmlbuilder/lib/XMLNamedNodeMap.js"(exports, module) {
    (function() {
      var XMLNamedNodeMap;
      module.exports = XMLNamedNodeMap = (function() {
        class XMLNamedNodeMap2 {
          // Initializes a new instance of `XMLNamedNodeMap`
          // This is just a wrapper around an ordinary
          // JS object.
          // `nodes` the object containing nodes.
          constructor(nodes) {
            this.nodes = nodes;
          }
          // Creates and returns a deep clone of `this`
          clone() {
            return this.nodes = null;
          }
          // DOM Level 1
          getNamedItem(name) {
            return this.nodes[name];
          }
          setNamedItem(node) {
            var oldNode;
            oldNode = this.nodes[node.nodeName];
            this.nodes[node.nodeName] = node;
            return oldNode || null;
          }
          removeNamedItem(name) {
            var oldNode;
            oldNode = this.nodes[name];
            delete this.nodes[name];
            return oldNode || null;
          }
          item(index) {
            return this.nodes[Object.keys(this.nodes)[index]] || null;
          }
          // DOM level 2 functions to be implemented later
          getNamedItemNS(namespaceURI, localName) {
            throw new Error("This DOM method is not implemented.");
          }
          setNamedItemNS(node) {
            throw new Error("This DOM method is not implemented.");
          }
          removeNamedItemNS(namespaceURI, localName) {
            throw new Error("This DOM method is not implemented.");
          }
        }
        ;
        Object.defineProperty(XMLNamedNodeMap2.prototype, "length", {
          get: function() {
            return Object.keys(this.nodes).length || 0;
          }
        });
        return XMLNamedNodeMap2;
      }).call(this);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLElement.js
var require_XMLElement = __commonJS({
  "node_modules/xmlbuilder/lib/XMLElement.js"(exports, module) {
    (function() {
      var NodeType, XMLAttribute, XMLElement, XMLNamedNodeMap, XMLNode, getValue, isFunction, isObject, hasProp = {}.hasOwnProperty;
      ({ isObject, isFunction, getValue } = require_Utility());
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      XMLAttribute = require_XMLAttribute();
      XMLNamedNodeMap = require_XMLNamedNodeMap();
      module.exports = XMLElement = (function() {
        class XMLElement2 extends XMLNode {
          // Initializes a new instance of `XMLElement`
          // `parent` the parent node
          // `name` element name
          // `attributes` an object containing name/value pairs of attributes
          constructor(parent, name, attributes) {
            var child, j, len, ref;
            super(parent);
            if (name == null) {
              throw new Error("Missing element name. " + this.debugInfo());
            }
            this.name = this.stringify.name(name);
            this.type = NodeType.Element;
            this.attribs = {};
            this.schemaTypeInfo = null;
            if (attributes != null) {
              this.attribute(attributes);
            }
            if (parent.type === NodeType.Document) {
              this.isRoot = true;
              this.documentObject = parent;
              parent.rootObject = this;
              if (parent.children) {
                ref = parent.children;
                for (j = 0, len = ref.length; j < len; j++) {
                  child = ref[j];
                  if (child.type === NodeType.DocType) {
                    child.name = this.name;
                    break;
                  }
                }
              }
            }
          }
          // Creates and returns a deep clone of `this`
          clone() {
            var att, attName, clonedSelf, ref;
            clonedSelf = Object.create(this);
            if (clonedSelf.isRoot) {
              clonedSelf.documentObject = null;
            }
            clonedSelf.attribs = {};
            ref = this.attribs;
            for (attName in ref) {
              if (!hasProp.call(ref, attName)) continue;
              att = ref[attName];
              clonedSelf.attribs[attName] = att.clone();
            }
            clonedSelf.children = [];
            this.children.forEach(function(child) {
              var clonedChild;
              clonedChild = child.clone();
              clonedChild.parent = clonedSelf;
              return clonedSelf.children.push(clonedChild);
            });
            return clonedSelf;
          }
          // Adds or modifies an attribute
          // `name` attribute name
          // `value` attribute value
          attribute(name, value) {
            var attName, attValue;
            if (name != null) {
              name = getValue(name);
            }
            if (isObject(name)) {
              for (attName in name) {
                if (!hasProp.call(name, attName)) continue;
                attValue = name[attName];
                this.attribute(attName, attValue);
              }
            } else {
              if (isFunction(value)) {
                value = value.apply();
              }
              if (this.options.keepNullAttributes && value == null) {
                this.attribs[name] = new XMLAttribute(this, name, "");
              } else if (value != null) {
                this.attribs[name] = new XMLAttribute(this, name, value);
              }
            }
            return this;
          }
          // Removes an attribute
          // `name` attribute name
          removeAttribute(name) {
            var attName, j, len;
            if (name == null) {
              throw new Error("Missing attribute name. " + this.debugInfo());
            }
            name = getValue(name);
            if (Array.isArray(name)) {
              for (j = 0, len = name.length; j < len; j++) {
                attName = name[j];
                delete this.attribs[attName];
              }
            } else {
              delete this.attribs[name];
            }
            return this;
          }
          // Converts the XML fragment to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          // `options.allowEmpty` do not self close empty element tags
          toString(options) {
            return this.options.writer.element(this, this.options.writer.filterOptions(options));
          }
          // Aliases
          att(name, value) {
            return this.attribute(name, value);
          }
          a(name, value) {
            return this.attribute(name, value);
          }
          // DOM Level 1
          getAttribute(name) {
            if (this.attribs.hasOwnProperty(name)) {
              return this.attribs[name].value;
            } else {
              return null;
            }
          }
          setAttribute(name, value) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          getAttributeNode(name) {
            if (this.attribs.hasOwnProperty(name)) {
              return this.attribs[name];
            } else {
              return null;
            }
          }
          setAttributeNode(newAttr) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          removeAttributeNode(oldAttr) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          getElementsByTagName(name) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          // DOM Level 2
          getAttributeNS(namespaceURI, localName) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          setAttributeNS(namespaceURI, qualifiedName, value) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          removeAttributeNS(namespaceURI, localName) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          getAttributeNodeNS(namespaceURI, localName) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          setAttributeNodeNS(newAttr) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          getElementsByTagNameNS(namespaceURI, localName) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          hasAttribute(name) {
            return this.attribs.hasOwnProperty(name);
          }
          hasAttributeNS(namespaceURI, localName) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          // DOM Level 3
          setIdAttribute(name, isId) {
            if (this.attribs.hasOwnProperty(name)) {
              return this.attribs[name].isId;
            } else {
              return isId;
            }
          }
          setIdAttributeNS(namespaceURI, localName, isId) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          setIdAttributeNode(idAttr, isId) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          // DOM Level 4
          getElementsByTagName(tagname) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          getElementsByTagNameNS(namespaceURI, localName) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          getElementsByClassName(classNames) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          isEqualNode(node) {
            var i, j, ref;
            if (!super.isEqualNode(node)) {
              return false;
            }
            if (node.namespaceURI !== this.namespaceURI) {
              return false;
            }
            if (node.prefix !== this.prefix) {
              return false;
            }
            if (node.localName !== this.localName) {
              return false;
            }
            if (node.attribs.length !== this.attribs.length) {
              return false;
            }
            for (i = j = 0, ref = this.attribs.length - 1; 0 <= ref ? j <= ref : j >= ref; i = 0 <= ref ? ++j : --j) {
              if (!this.attribs[i].isEqualNode(node.attribs[i])) {
                return false;
              }
            }
            return true;
          }
        }
        ;
        Object.defineProperty(XMLElement2.prototype, "tagName", {
          get: function() {
            return this.name;
          }
        });
        Object.defineProperty(XMLElement2.prototype, "namespaceURI", {
          get: function() {
            return "";
          }
        });
        Object.defineProperty(XMLElement2.prototype, "prefix", {
          get: function() {
            return "";
          }
        });
        Object.defineProperty(XMLElement2.prototype, "localName", {
          get: function() {
            return this.name;
          }
        });
        Object.defineProperty(XMLElement2.prototype, "id", {
          get: function() {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
        });
        Object.defineProperty(XMLElement2.prototype, "className", {
          get: function() {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
        });
        Object.defineProperty(XMLElement2.prototype, "classList", {
          get: function() {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
        });
        Object.defineProperty(XMLElement2.prototype, "attributes", {
          get: function() {
            if (!this.attributeMap || !this.attributeMap.nodes) {
              this.attributeMap = new XMLNamedNodeMap(this.attribs);
            }
            return this.attributeMap;
          }
        });
        return XMLElement2;
      }).call(this);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLCharacterData.js
var require_XMLCharacterData = __commonJS({
  "node_modules/xmlbuilder/lib/XMLCharacterData.js"(exports, module) {
    (function() {
      var XMLCharacterData, XMLNode;
      XMLNode = require_XMLNode();
      module.exports = XMLCharacterData = (function() {
        class XMLCharacterData2 extends XMLNode {
          // Initializes a new instance of `XMLCharacterData`
          constructor(parent) {
            super(parent);
            this.value = "";
          }
          // Creates and returns a deep clone of `this`
          clone() {
            return Object.create(this);
          }
          // DOM level 1 functions to be implemented later
          substringData(offset, count) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          appendData(arg) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          insertData(offset, arg) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          deleteData(offset, count) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          replaceData(offset, count, arg) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          isEqualNode(node) {
            if (!super.isEqualNode(node)) {
              return false;
            }
            if (node.data !== this.data) {
              return false;
            }
            return true;
          }
        }
        ;
        Object.defineProperty(XMLCharacterData2.prototype, "data", {
          get: function() {
            return this.value;
          },
          set: function(value) {
            return this.value = value || "";
          }
        });
        Object.defineProperty(XMLCharacterData2.prototype, "length", {
          get: function() {
            return this.value.length;
          }
        });
        Object.defineProperty(XMLCharacterData2.prototype, "textContent", {
          get: function() {
            return this.value;
          },
          set: function(value) {
            return this.value = value || "";
          }
        });
        return XMLCharacterData2;
      }).call(this);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLCData.js
var require_XMLCData = __commonJS({
  "node_modules/xmlbuilder/lib/XMLCData.js"(exports, module) {
    (function() {
      var NodeType, XMLCData, XMLCharacterData;
      NodeType = require_NodeType();
      XMLCharacterData = require_XMLCharacterData();
      module.exports = XMLCData = class XMLCData extends XMLCharacterData {
        // Initializes a new instance of `XMLCData`
        // `text` CDATA text
        constructor(parent, text) {
          super(parent);
          if (text == null) {
            throw new Error("Missing CDATA text. " + this.debugInfo());
          }
          this.name = "#cdata-section";
          this.type = NodeType.CData;
          this.value = this.stringify.cdata(text);
        }
        // Creates and returns a deep clone of `this`
        clone() {
          return Object.create(this);
        }
        // Converts the XML fragment to string
        // `options.pretty` pretty prints the result
        // `options.indent` indentation for pretty print
        // `options.offset` how many indentations to add to every line for pretty print
        // `options.newline` newline sequence for pretty print
        toString(options) {
          return this.options.writer.cdata(this, this.options.writer.filterOptions(options));
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLComment.js
var require_XMLComment = __commonJS({
  "node_modules/xmlbuilder/lib/XMLComment.js"(exports, module) {
    (function() {
      var NodeType, XMLCharacterData, XMLComment;
      NodeType = require_NodeType();
      XMLCharacterData = require_XMLCharacterData();
      module.exports = XMLComment = class XMLComment extends XMLCharacterData {
        // Initializes a new instance of `XMLComment`
        // `text` comment text
        constructor(parent, text) {
          super(parent);
          if (text == null) {
            throw new Error("Missing comment text. " + this.debugInfo());
          }
          this.name = "#comment";
          this.type = NodeType.Comment;
          this.value = this.stringify.comment(text);
        }
        // Creates and returns a deep clone of `this`
        clone() {
          return Object.create(this);
        }
        // Converts the XML fragment to string
        // `options.pretty` pretty prints the result
        // `options.indent` indentation for pretty print
        // `options.offset` how many indentations to add to every line for pretty print
        // `options.newline` newline sequence for pretty print
        toString(options) {
          return this.options.writer.comment(this, this.options.writer.filterOptions(options));
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDeclaration.js
var require_XMLDeclaration = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDeclaration.js"(exports, module) {
    (function() {
      var NodeType, XMLDeclaration, XMLNode, isObject;
      ({ isObject } = require_Utility());
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      module.exports = XMLDeclaration = class XMLDeclaration extends XMLNode {
        // Initializes a new instance of `XMLDeclaration`
        // `parent` the document object
        // `version` A version number string, e.g. 1.0
        // `encoding` Encoding declaration, e.g. UTF-8
        // `standalone` standalone document declaration: true or false
        constructor(parent, version, encoding, standalone) {
          super(parent);
          if (isObject(version)) {
            ({ version, encoding, standalone } = version);
          }
          if (!version) {
            version = "1.0";
          }
          this.type = NodeType.Declaration;
          this.version = this.stringify.xmlVersion(version);
          if (encoding != null) {
            this.encoding = this.stringify.xmlEncoding(encoding);
          }
          if (standalone != null) {
            this.standalone = this.stringify.xmlStandalone(standalone);
          }
        }
        // Converts to string
        // `options.pretty` pretty prints the result
        // `options.indent` indentation for pretty print
        // `options.offset` how many indentations to add to every line for pretty print
        // `options.newline` newline sequence for pretty print
        toString(options) {
          return this.options.writer.declaration(this, this.options.writer.filterOptions(options));
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDTDAttList.js
var require_XMLDTDAttList = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDTDAttList.js"(exports, module) {
    (function() {
      var NodeType, XMLDTDAttList, XMLNode;
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      module.exports = XMLDTDAttList = class XMLDTDAttList extends XMLNode {
        // Initializes a new instance of `XMLDTDAttList`
        // `parent` the parent `XMLDocType` element
        // `elementName` the name of the element containing this attribute
        // `attributeName` attribute name
        // `attributeType` type of the attribute
        // `defaultValueType` default value type (either #REQUIRED, #IMPLIED,
        //                    #FIXED or #DEFAULT)
        // `defaultValue` default value of the attribute
        //                (only used for #FIXED or #DEFAULT)
        constructor(parent, elementName, attributeName, attributeType, defaultValueType, defaultValue) {
          super(parent);
          if (elementName == null) {
            throw new Error("Missing DTD element name. " + this.debugInfo());
          }
          if (attributeName == null) {
            throw new Error("Missing DTD attribute name. " + this.debugInfo(elementName));
          }
          if (!attributeType) {
            throw new Error("Missing DTD attribute type. " + this.debugInfo(elementName));
          }
          if (!defaultValueType) {
            throw new Error("Missing DTD attribute default. " + this.debugInfo(elementName));
          }
          if (defaultValueType.indexOf("#") !== 0) {
            defaultValueType = "#" + defaultValueType;
          }
          if (!defaultValueType.match(/^(#REQUIRED|#IMPLIED|#FIXED|#DEFAULT)$/)) {
            throw new Error("Invalid default value type; expected: #REQUIRED, #IMPLIED, #FIXED or #DEFAULT. " + this.debugInfo(elementName));
          }
          if (defaultValue && !defaultValueType.match(/^(#FIXED|#DEFAULT)$/)) {
            throw new Error("Default value only applies to #FIXED or #DEFAULT. " + this.debugInfo(elementName));
          }
          this.elementName = this.stringify.name(elementName);
          this.type = NodeType.AttributeDeclaration;
          this.attributeName = this.stringify.name(attributeName);
          this.attributeType = this.stringify.dtdAttType(attributeType);
          if (defaultValue) {
            this.defaultValue = this.stringify.dtdAttDefault(defaultValue);
          }
          this.defaultValueType = defaultValueType;
        }
        // Converts the XML fragment to string
        // `options.pretty` pretty prints the result
        // `options.indent` indentation for pretty print
        // `options.offset` how many indentations to add to every line for pretty print
        // `options.newline` newline sequence for pretty print
        toString(options) {
          return this.options.writer.dtdAttList(this, this.options.writer.filterOptions(options));
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDTDEntity.js
var require_XMLDTDEntity = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDTDEntity.js"(exports, module) {
    (function() {
      var NodeType, XMLDTDEntity, XMLNode, isObject;
      ({ isObject } = require_Utility());
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      module.exports = XMLDTDEntity = (function() {
        class XMLDTDEntity2 extends XMLNode {
          // Initializes a new instance of `XMLDTDEntity`
          // `parent` the parent `XMLDocType` element
          // `pe` whether this is a parameter entity or a general entity
          //      defaults to `false` (general entity)
          // `name` the name of the entity
          // `value` internal entity value or an object with external entity details
          // `value.pubID` public identifier
          // `value.sysID` system identifier
          // `value.nData` notation declaration
          constructor(parent, pe, name, value) {
            super(parent);
            if (name == null) {
              throw new Error("Missing DTD entity name. " + this.debugInfo(name));
            }
            if (value == null) {
              throw new Error("Missing DTD entity value. " + this.debugInfo(name));
            }
            this.pe = !!pe;
            this.name = this.stringify.name(name);
            this.type = NodeType.EntityDeclaration;
            if (!isObject(value)) {
              this.value = this.stringify.dtdEntityValue(value);
              this.internal = true;
            } else {
              if (!value.pubID && !value.sysID) {
                throw new Error("Public and/or system identifiers are required for an external entity. " + this.debugInfo(name));
              }
              if (value.pubID && !value.sysID) {
                throw new Error("System identifier is required for a public external entity. " + this.debugInfo(name));
              }
              this.internal = false;
              if (value.pubID != null) {
                this.pubID = this.stringify.dtdPubID(value.pubID);
              }
              if (value.sysID != null) {
                this.sysID = this.stringify.dtdSysID(value.sysID);
              }
              if (value.nData != null) {
                this.nData = this.stringify.dtdNData(value.nData);
              }
              if (this.pe && this.nData) {
                throw new Error("Notation declaration is not allowed in a parameter entity. " + this.debugInfo(name));
              }
            }
          }
          // Converts the XML fragment to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          toString(options) {
            return this.options.writer.dtdEntity(this, this.options.writer.filterOptions(options));
          }
        }
        ;
        Object.defineProperty(XMLDTDEntity2.prototype, "publicId", {
          get: function() {
            return this.pubID;
          }
        });
        Object.defineProperty(XMLDTDEntity2.prototype, "systemId", {
          get: function() {
            return this.sysID;
          }
        });
        Object.defineProperty(XMLDTDEntity2.prototype, "notationName", {
          get: function() {
            return this.nData || null;
          }
        });
        Object.defineProperty(XMLDTDEntity2.prototype, "inputEncoding", {
          get: function() {
            return null;
          }
        });
        Object.defineProperty(XMLDTDEntity2.prototype, "xmlEncoding", {
          get: function() {
            return null;
          }
        });
        Object.defineProperty(XMLDTDEntity2.prototype, "xmlVersion", {
          get: function() {
            return null;
          }
        });
        return XMLDTDEntity2;
      }).call(this);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDTDElement.js
var require_XMLDTDElement = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDTDElement.js"(exports, module) {
    (function() {
      var NodeType, XMLDTDElement, XMLNode;
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      module.exports = XMLDTDElement = class XMLDTDElement extends XMLNode {
        // Initializes a new instance of `XMLDTDElement`
        // `parent` the parent `XMLDocType` element
        // `name` element name
        // `value` element content (defaults to #PCDATA)
        constructor(parent, name, value) {
          super(parent);
          if (name == null) {
            throw new Error("Missing DTD element name. " + this.debugInfo());
          }
          if (!value) {
            value = "(#PCDATA)";
          }
          if (Array.isArray(value)) {
            value = "(" + value.join(",") + ")";
          }
          this.name = this.stringify.name(name);
          this.type = NodeType.ElementDeclaration;
          this.value = this.stringify.dtdElementValue(value);
        }
        // Converts the XML fragment to string
        // `options.pretty` pretty prints the result
        // `options.indent` indentation for pretty print
        // `options.offset` how many indentations to add to every line for pretty print
        // `options.newline` newline sequence for pretty print
        toString(options) {
          return this.options.writer.dtdElement(this, this.options.writer.filterOptions(options));
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDTDNotation.js
var require_XMLDTDNotation = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDTDNotation.js"(exports, module) {
    (function() {
      var NodeType, XMLDTDNotation, XMLNode;
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      module.exports = XMLDTDNotation = (function() {
        class XMLDTDNotation2 extends XMLNode {
          // Initializes a new instance of `XMLDTDNotation`
          // `parent` the parent `XMLDocType` element
          // `name` the name of the notation
          // `value` an object with external entity details
          // `value.pubID` public identifier
          // `value.sysID` system identifier
          constructor(parent, name, value) {
            super(parent);
            if (name == null) {
              throw new Error("Missing DTD notation name. " + this.debugInfo(name));
            }
            if (!value.pubID && !value.sysID) {
              throw new Error("Public or system identifiers are required for an external entity. " + this.debugInfo(name));
            }
            this.name = this.stringify.name(name);
            this.type = NodeType.NotationDeclaration;
            if (value.pubID != null) {
              this.pubID = this.stringify.dtdPubID(value.pubID);
            }
            if (value.sysID != null) {
              this.sysID = this.stringify.dtdSysID(value.sysID);
            }
          }
          // Converts the XML fragment to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          toString(options) {
            return this.options.writer.dtdNotation(this, this.options.writer.filterOptions(options));
          }
        }
        ;
        Object.defineProperty(XMLDTDNotation2.prototype, "publicId", {
          get: function() {
            return this.pubID;
          }
        });
        Object.defineProperty(XMLDTDNotation2.prototype, "systemId", {
          get: function() {
            return this.sysID;
          }
        });
        return XMLDTDNotation2;
      }).call(this);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDocType.js
var require_XMLDocType = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDocType.js"(exports, module) {
    (function() {
      var NodeType, XMLDTDAttList, XMLDTDElement, XMLDTDEntity, XMLDTDNotation, XMLDocType, XMLNamedNodeMap, XMLNode, isObject;
      ({ isObject } = require_Utility());
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      XMLDTDAttList = require_XMLDTDAttList();
      XMLDTDEntity = require_XMLDTDEntity();
      XMLDTDElement = require_XMLDTDElement();
      XMLDTDNotation = require_XMLDTDNotation();
      XMLNamedNodeMap = require_XMLNamedNodeMap();
      module.exports = XMLDocType = (function() {
        class XMLDocType2 extends XMLNode {
          // Initializes a new instance of `XMLDocType`
          // `parent` the document object
          // `pubID` public identifier of the external subset
          // `sysID` system identifier of the external subset
          constructor(parent, pubID, sysID) {
            var child, i, len, ref;
            super(parent);
            this.type = NodeType.DocType;
            if (parent.children) {
              ref = parent.children;
              for (i = 0, len = ref.length; i < len; i++) {
                child = ref[i];
                if (child.type === NodeType.Element) {
                  this.name = child.name;
                  break;
                }
              }
            }
            this.documentObject = parent;
            if (isObject(pubID)) {
              ({ pubID, sysID } = pubID);
            }
            if (sysID == null) {
              [sysID, pubID] = [pubID, sysID];
            }
            if (pubID != null) {
              this.pubID = this.stringify.dtdPubID(pubID);
            }
            if (sysID != null) {
              this.sysID = this.stringify.dtdSysID(sysID);
            }
          }
          // Creates an element type declaration
          // `name` element name
          // `value` element content (defaults to #PCDATA)
          element(name, value) {
            var child;
            child = new XMLDTDElement(this, name, value);
            this.children.push(child);
            return this;
          }
          // Creates an attribute declaration
          // `elementName` the name of the element containing this attribute
          // `attributeName` attribute name
          // `attributeType` type of the attribute (defaults to CDATA)
          // `defaultValueType` default value type (either #REQUIRED, #IMPLIED, #FIXED or
          //                    #DEFAULT) (defaults to #IMPLIED)
          // `defaultValue` default value of the attribute
          //                (only used for #FIXED or #DEFAULT)
          attList(elementName, attributeName, attributeType, defaultValueType, defaultValue) {
            var child;
            child = new XMLDTDAttList(this, elementName, attributeName, attributeType, defaultValueType, defaultValue);
            this.children.push(child);
            return this;
          }
          // Creates a general entity declaration
          // `name` the name of the entity
          // `value` internal entity value or an object with external entity details
          // `value.pubID` public identifier
          // `value.sysID` system identifier
          // `value.nData` notation declaration
          entity(name, value) {
            var child;
            child = new XMLDTDEntity(this, false, name, value);
            this.children.push(child);
            return this;
          }
          // Creates a parameter entity declaration
          // `name` the name of the entity
          // `value` internal entity value or an object with external entity details
          // `value.pubID` public identifier
          // `value.sysID` system identifier
          pEntity(name, value) {
            var child;
            child = new XMLDTDEntity(this, true, name, value);
            this.children.push(child);
            return this;
          }
          // Creates a NOTATION declaration
          // `name` the name of the notation
          // `value` an object with external entity details
          // `value.pubID` public identifier
          // `value.sysID` system identifier
          notation(name, value) {
            var child;
            child = new XMLDTDNotation(this, name, value);
            this.children.push(child);
            return this;
          }
          // Converts to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          toString(options) {
            return this.options.writer.docType(this, this.options.writer.filterOptions(options));
          }
          // Aliases
          ele(name, value) {
            return this.element(name, value);
          }
          att(elementName, attributeName, attributeType, defaultValueType, defaultValue) {
            return this.attList(elementName, attributeName, attributeType, defaultValueType, defaultValue);
          }
          ent(name, value) {
            return this.entity(name, value);
          }
          pent(name, value) {
            return this.pEntity(name, value);
          }
          not(name, value) {
            return this.notation(name, value);
          }
          up() {
            return this.root() || this.documentObject;
          }
          isEqualNode(node) {
            if (!super.isEqualNode(node)) {
              return false;
            }
            if (node.name !== this.name) {
              return false;
            }
            if (node.publicId !== this.publicId) {
              return false;
            }
            if (node.systemId !== this.systemId) {
              return false;
            }
            return true;
          }
        }
        ;
        Object.defineProperty(XMLDocType2.prototype, "entities", {
          get: function() {
            var child, i, len, nodes, ref;
            nodes = {};
            ref = this.children;
            for (i = 0, len = ref.length; i < len; i++) {
              child = ref[i];
              if (child.type === NodeType.EntityDeclaration && !child.pe) {
                nodes[child.name] = child;
              }
            }
            return new XMLNamedNodeMap(nodes);
          }
        });
        Object.defineProperty(XMLDocType2.prototype, "notations", {
          get: function() {
            var child, i, len, nodes, ref;
            nodes = {};
            ref = this.children;
            for (i = 0, len = ref.length; i < len; i++) {
              child = ref[i];
              if (child.type === NodeType.NotationDeclaration) {
                nodes[child.name] = child;
              }
            }
            return new XMLNamedNodeMap(nodes);
          }
        });
        Object.defineProperty(XMLDocType2.prototype, "publicId", {
          get: function() {
            return this.pubID;
          }
        });
        Object.defineProperty(XMLDocType2.prototype, "systemId", {
          get: function() {
            return this.sysID;
          }
        });
        Object.defineProperty(XMLDocType2.prototype, "internalSubset", {
          get: function() {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
        });
        return XMLDocType2;
      }).call(this);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLRaw.js
var require_XMLRaw = __commonJS({
  "node_modules/xmlbuilder/lib/XMLRaw.js"(exports, module) {
    (function() {
      var NodeType, XMLNode, XMLRaw;
      NodeType = require_NodeType();
      XMLNode = require_XMLNode();
      module.exports = XMLRaw = class XMLRaw extends XMLNode {
        // Initializes a new instance of `XMLRaw`
        // `text` raw text
        constructor(parent, text) {
          super(parent);
          if (text == null) {
            throw new Error("Missing raw text. " + this.debugInfo());
          }
          this.type = NodeType.Raw;
          this.value = this.stringify.raw(text);
        }
        // Creates and returns a deep clone of `this`
        clone() {
          return Object.create(this);
        }
        // Converts the XML fragment to string
        // `options.pretty` pretty prints the result
        // `options.indent` indentation for pretty print
        // `options.offset` how many indentations to add to every line for pretty print
        // `options.newline` newline sequence for pretty print
        toString(options) {
          return this.options.writer.raw(this, this.options.writer.filterOptions(options));
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLText.js
var require_XMLText = __commonJS({
  "node_modules/xmlbuilder/lib/XMLText.js"(exports, module) {
    (function() {
      var NodeType, XMLCharacterData, XMLText;
      NodeType = require_NodeType();
      XMLCharacterData = require_XMLCharacterData();
      module.exports = XMLText = (function() {
        class XMLText2 extends XMLCharacterData {
          // Initializes a new instance of `XMLText`
          // `text` element text
          constructor(parent, text) {
            super(parent);
            if (text == null) {
              throw new Error("Missing element text. " + this.debugInfo());
            }
            this.name = "#text";
            this.type = NodeType.Text;
            this.value = this.stringify.text(text);
          }
          // Creates and returns a deep clone of `this`
          clone() {
            return Object.create(this);
          }
          // Converts the XML fragment to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          toString(options) {
            return this.options.writer.text(this, this.options.writer.filterOptions(options));
          }
          // DOM level 1 functions to be implemented later
          splitText(offset) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          // DOM level 3 functions to be implemented later
          replaceWholeText(content) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
        }
        ;
        Object.defineProperty(XMLText2.prototype, "isElementContentWhitespace", {
          get: function() {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
        });
        Object.defineProperty(XMLText2.prototype, "wholeText", {
          get: function() {
            var next, prev, str;
            str = "";
            prev = this.previousSibling;
            while (prev) {
              str = prev.data + str;
              prev = prev.previousSibling;
            }
            str += this.data;
            next = this.nextSibling;
            while (next) {
              str = str + next.data;
              next = next.nextSibling;
            }
            return str;
          }
        });
        return XMLText2;
      }).call(this);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLProcessingInstruction.js
var require_XMLProcessingInstruction = __commonJS({
  "node_modules/xmlbuilder/lib/XMLProcessingInstruction.js"(exports, module) {
    (function() {
      var NodeType, XMLCharacterData, XMLProcessingInstruction;
      NodeType = require_NodeType();
      XMLCharacterData = require_XMLCharacterData();
      module.exports = XMLProcessingInstruction = class XMLProcessingInstruction extends XMLCharacterData {
        // Initializes a new instance of `XMLProcessingInstruction`
        // `parent` the parent node
        // `target` instruction target
        // `value` instruction value
        constructor(parent, target, value) {
          super(parent);
          if (target == null) {
            throw new Error("Missing instruction target. " + this.debugInfo());
          }
          this.type = NodeType.ProcessingInstruction;
          this.target = this.stringify.insTarget(target);
          this.name = this.target;
          if (value) {
            this.value = this.stringify.insValue(value);
          }
        }
        // Creates and returns a deep clone of `this`
        clone() {
          return Object.create(this);
        }
        // Converts the XML fragment to string
        // `options.pretty` pretty prints the result
        // `options.indent` indentation for pretty print
        // `options.offset` how many indentations to add to every line for pretty print
        // `options.newline` newline sequence for pretty print
        toString(options) {
          return this.options.writer.processingInstruction(this, this.options.writer.filterOptions(options));
        }
        isEqualNode(node) {
          if (!super.isEqualNode(node)) {
            return false;
          }
          if (node.target !== this.target) {
            return false;
          }
          return true;
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDummy.js
var require_XMLDummy = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDummy.js"(exports, module) {
    (function() {
      var NodeType, XMLDummy, XMLNode;
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      module.exports = XMLDummy = class XMLDummy extends XMLNode {
        // Initializes a new instance of `XMLDummy`
        // `XMLDummy` is a special node representing a node with 
        // a null value. Dummy nodes are created while recursively
        // building the XML tree. Simply skipping null values doesn't
        // work because that would break the recursive chain.
        constructor(parent) {
          super(parent);
          this.type = NodeType.Dummy;
        }
        // Creates and returns a deep clone of `this`
        clone() {
          return Object.create(this);
        }
        // Converts the XML fragment to string
        // `options.pretty` pretty prints the result
        // `options.indent` indentation for pretty print
        // `options.offset` how many indentations to add to every line for pretty print
        // `options.newline` newline sequence for pretty print
        toString(options) {
          return "";
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLNodeList.js
var require_XMLNodeList = __commonJS({
  "node_modules/xmlbuilder/lib/XMLNodeList.js"(exports, module) {
    (function() {
      var XMLNodeList;
      module.exports = XMLNodeList = (function() {
        class XMLNodeList2 {
          // Initializes a new instance of `XMLNodeList`
          // This is just a wrapper around an ordinary
          // JS array.
          // `nodes` the array containing nodes.
          constructor(nodes) {
            this.nodes = nodes;
          }
          // Creates and returns a deep clone of `this`
          clone() {
            return this.nodes = null;
          }
          // DOM Level 1
          item(index) {
            return this.nodes[index] || null;
          }
        }
        ;
        Object.defineProperty(XMLNodeList2.prototype, "length", {
          get: function() {
            return this.nodes.length || 0;
          }
        });
        return XMLNodeList2;
      }).call(this);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/DocumentPosition.js
var require_DocumentPosition = __commonJS({
  "node_modules/xmlbuilder/lib/DocumentPosition.js"(exports, module) {
    (function() {
      module.exports = {
        Disconnected: 1,
        Preceding: 2,
        Following: 4,
        Contains: 8,
        ContainedBy: 16,
        ImplementationSpecific: 32
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLNode.js
var require_XMLNode = __commonJS({
  "node_modules/xmlbuilder/lib/XMLNode.js"(exports, module) {
    (function() {
      var DocumentPosition, NodeType, XMLCData, XMLComment, XMLDeclaration, XMLDocType, XMLDummy, XMLElement, XMLNamedNodeMap, XMLNode, XMLNodeList, XMLProcessingInstruction, XMLRaw, XMLText, getValue, isEmpty, isFunction, isObject, hasProp = {}.hasOwnProperty, splice = [].splice;
      ({ isObject, isFunction, isEmpty, getValue } = require_Utility());
      XMLElement = null;
      XMLCData = null;
      XMLComment = null;
      XMLDeclaration = null;
      XMLDocType = null;
      XMLRaw = null;
      XMLText = null;
      XMLProcessingInstruction = null;
      XMLDummy = null;
      NodeType = null;
      XMLNodeList = null;
      XMLNamedNodeMap = null;
      DocumentPosition = null;
      module.exports = XMLNode = (function() {
        class XMLNode2 {
          // Initializes a new instance of `XMLNode`
          // `parent` the parent node
          constructor(parent1) {
            this.parent = parent1;
            if (this.parent) {
              this.options = this.parent.options;
              this.stringify = this.parent.stringify;
            }
            this.value = null;
            this.children = [];
            this.baseURI = null;
            if (!XMLElement) {
              XMLElement = require_XMLElement();
              XMLCData = require_XMLCData();
              XMLComment = require_XMLComment();
              XMLDeclaration = require_XMLDeclaration();
              XMLDocType = require_XMLDocType();
              XMLRaw = require_XMLRaw();
              XMLText = require_XMLText();
              XMLProcessingInstruction = require_XMLProcessingInstruction();
              XMLDummy = require_XMLDummy();
              NodeType = require_NodeType();
              XMLNodeList = require_XMLNodeList();
              XMLNamedNodeMap = require_XMLNamedNodeMap();
              DocumentPosition = require_DocumentPosition();
            }
          }
          // Sets the parent node of this node and its children recursively
          // `parent` the parent node
          setParent(parent) {
            var child, j, len, ref1, results;
            this.parent = parent;
            if (parent) {
              this.options = parent.options;
              this.stringify = parent.stringify;
            }
            ref1 = this.children;
            results = [];
            for (j = 0, len = ref1.length; j < len; j++) {
              child = ref1[j];
              results.push(child.setParent(this));
            }
            return results;
          }
          // Creates a child element node
          // `name` node name or an object describing the XML tree
          // `attributes` an object containing name/value pairs of attributes
          // `text` element text
          element(name, attributes, text) {
            var childNode, item, j, k, key, lastChild, len, len1, val;
            lastChild = null;
            if (attributes === null && text == null) {
              [attributes, text] = [{}, null];
            }
            if (attributes == null) {
              attributes = {};
            }
            attributes = getValue(attributes);
            if (!isObject(attributes)) {
              [text, attributes] = [attributes, text];
            }
            if (name != null) {
              name = getValue(name);
            }
            if (Array.isArray(name)) {
              for (j = 0, len = name.length; j < len; j++) {
                item = name[j];
                lastChild = this.element(item);
              }
            } else if (isFunction(name)) {
              lastChild = this.element(name.apply());
            } else if (isObject(name)) {
              for (key in name) {
                if (!hasProp.call(name, key)) continue;
                val = name[key];
                if (isFunction(val)) {
                  val = val.apply();
                }
                if (!this.options.ignoreDecorators && this.stringify.convertAttKey && key.indexOf(this.stringify.convertAttKey) === 0) {
                  lastChild = this.attribute(key.substr(this.stringify.convertAttKey.length), val);
                } else if (!this.options.separateArrayItems && Array.isArray(val) && isEmpty(val)) {
                  lastChild = this.dummy();
                } else if (isObject(val) && isEmpty(val)) {
                  lastChild = this.element(key);
                } else if (!this.options.keepNullNodes && val == null) {
                  lastChild = this.dummy();
                } else if (!this.options.separateArrayItems && Array.isArray(val)) {
                  for (k = 0, len1 = val.length; k < len1; k++) {
                    item = val[k];
                    childNode = {};
                    childNode[key] = item;
                    lastChild = this.element(childNode);
                  }
                } else if (isObject(val)) {
                  if (!this.options.ignoreDecorators && this.stringify.convertTextKey && key.indexOf(this.stringify.convertTextKey) === 0) {
                    lastChild = this.element(val);
                  } else {
                    lastChild = this.element(key);
                    lastChild.element(val);
                  }
                } else {
                  lastChild = this.element(key, val);
                }
              }
            } else if (!this.options.keepNullNodes && text === null) {
              lastChild = this.dummy();
            } else {
              if (!this.options.ignoreDecorators && this.stringify.convertTextKey && name.indexOf(this.stringify.convertTextKey) === 0) {
                lastChild = this.text(text);
              } else if (!this.options.ignoreDecorators && this.stringify.convertCDataKey && name.indexOf(this.stringify.convertCDataKey) === 0) {
                lastChild = this.cdata(text);
              } else if (!this.options.ignoreDecorators && this.stringify.convertCommentKey && name.indexOf(this.stringify.convertCommentKey) === 0) {
                lastChild = this.comment(text);
              } else if (!this.options.ignoreDecorators && this.stringify.convertRawKey && name.indexOf(this.stringify.convertRawKey) === 0) {
                lastChild = this.raw(text);
              } else if (!this.options.ignoreDecorators && this.stringify.convertPIKey && name.indexOf(this.stringify.convertPIKey) === 0) {
                lastChild = this.instruction(name.substr(this.stringify.convertPIKey.length), text);
              } else {
                lastChild = this.node(name, attributes, text);
              }
            }
            if (lastChild == null) {
              throw new Error("Could not create any elements with: " + name + ". " + this.debugInfo());
            }
            return lastChild;
          }
          // Creates a child element node before the current node
          // `name` node name or an object describing the XML tree
          // `attributes` an object containing name/value pairs of attributes
          // `text` element text
          insertBefore(name, attributes, text) {
            var child, i, newChild, refChild, removed;
            if (name != null ? name.type : void 0) {
              newChild = name;
              refChild = attributes;
              newChild.setParent(this);
              if (refChild) {
                i = children.indexOf(refChild);
                removed = children.splice(i);
                children.push(newChild);
                Array.prototype.push.apply(children, removed);
              } else {
                children.push(newChild);
              }
              return newChild;
            } else {
              if (this.isRoot) {
                throw new Error("Cannot insert elements at root level. " + this.debugInfo(name));
              }
              i = this.parent.children.indexOf(this);
              removed = this.parent.children.splice(i);
              child = this.parent.element(name, attributes, text);
              Array.prototype.push.apply(this.parent.children, removed);
              return child;
            }
          }
          // Creates a child element node after the current node
          // `name` node name or an object describing the XML tree
          // `attributes` an object containing name/value pairs of attributes
          // `text` element text
          insertAfter(name, attributes, text) {
            var child, i, removed;
            if (this.isRoot) {
              throw new Error("Cannot insert elements at root level. " + this.debugInfo(name));
            }
            i = this.parent.children.indexOf(this);
            removed = this.parent.children.splice(i + 1);
            child = this.parent.element(name, attributes, text);
            Array.prototype.push.apply(this.parent.children, removed);
            return child;
          }
          // Deletes a child element node
          remove() {
            var i, ref1;
            if (this.isRoot) {
              throw new Error("Cannot remove the root element. " + this.debugInfo());
            }
            i = this.parent.children.indexOf(this);
            splice.apply(this.parent.children, [i, i - i + 1].concat(ref1 = [])), ref1;
            return this.parent;
          }
          // Creates a node
          // `name` name of the node
          // `attributes` an object containing name/value pairs of attributes
          // `text` element text
          node(name, attributes, text) {
            var child;
            if (name != null) {
              name = getValue(name);
            }
            attributes || (attributes = {});
            attributes = getValue(attributes);
            if (!isObject(attributes)) {
              [text, attributes] = [attributes, text];
            }
            child = new XMLElement(this, name, attributes);
            if (text != null) {
              child.text(text);
            }
            this.children.push(child);
            return child;
          }
          // Creates a text node
          // `value` element text
          text(value) {
            var child;
            if (isObject(value)) {
              this.element(value);
            }
            child = new XMLText(this, value);
            this.children.push(child);
            return this;
          }
          // Creates a CDATA node
          // `value` element text without CDATA delimiters
          cdata(value) {
            var child;
            child = new XMLCData(this, value);
            this.children.push(child);
            return this;
          }
          // Creates a comment node
          // `value` comment text
          comment(value) {
            var child;
            child = new XMLComment(this, value);
            this.children.push(child);
            return this;
          }
          // Creates a comment node before the current node
          // `value` comment text
          commentBefore(value) {
            var child, i, removed;
            i = this.parent.children.indexOf(this);
            removed = this.parent.children.splice(i);
            child = this.parent.comment(value);
            Array.prototype.push.apply(this.parent.children, removed);
            return this;
          }
          // Creates a comment node after the current node
          // `value` comment text
          commentAfter(value) {
            var child, i, removed;
            i = this.parent.children.indexOf(this);
            removed = this.parent.children.splice(i + 1);
            child = this.parent.comment(value);
            Array.prototype.push.apply(this.parent.children, removed);
            return this;
          }
          // Adds unescaped raw text
          // `value` text
          raw(value) {
            var child;
            child = new XMLRaw(this, value);
            this.children.push(child);
            return this;
          }
          // Adds a dummy node
          dummy() {
            var child;
            child = new XMLDummy(this);
            return child;
          }
          // Adds a processing instruction
          // `target` instruction target
          // `value` instruction value
          instruction(target, value) {
            var insTarget, insValue, instruction, j, len;
            if (target != null) {
              target = getValue(target);
            }
            if (value != null) {
              value = getValue(value);
            }
            if (Array.isArray(target)) {
              for (j = 0, len = target.length; j < len; j++) {
                insTarget = target[j];
                this.instruction(insTarget);
              }
            } else if (isObject(target)) {
              for (insTarget in target) {
                if (!hasProp.call(target, insTarget)) continue;
                insValue = target[insTarget];
                this.instruction(insTarget, insValue);
              }
            } else {
              if (isFunction(value)) {
                value = value.apply();
              }
              instruction = new XMLProcessingInstruction(this, target, value);
              this.children.push(instruction);
            }
            return this;
          }
          // Creates a processing instruction node before the current node
          // `target` instruction target
          // `value` instruction value
          instructionBefore(target, value) {
            var child, i, removed;
            i = this.parent.children.indexOf(this);
            removed = this.parent.children.splice(i);
            child = this.parent.instruction(target, value);
            Array.prototype.push.apply(this.parent.children, removed);
            return this;
          }
          // Creates a processing instruction node after the current node
          // `target` instruction target
          // `value` instruction value
          instructionAfter(target, value) {
            var child, i, removed;
            i = this.parent.children.indexOf(this);
            removed = this.parent.children.splice(i + 1);
            child = this.parent.instruction(target, value);
            Array.prototype.push.apply(this.parent.children, removed);
            return this;
          }
          // Creates the xml declaration
          // `version` A version number string, e.g. 1.0
          // `encoding` Encoding declaration, e.g. UTF-8
          // `standalone` standalone document declaration: true or false
          declaration(version, encoding, standalone) {
            var doc, xmldec;
            doc = this.document();
            xmldec = new XMLDeclaration(doc, version, encoding, standalone);
            if (doc.children.length === 0) {
              doc.children.unshift(xmldec);
            } else if (doc.children[0].type === NodeType.Declaration) {
              doc.children[0] = xmldec;
            } else {
              doc.children.unshift(xmldec);
            }
            return doc.root() || doc;
          }
          // Creates the document type declaration
          // `pubID` the public identifier of the external subset
          // `sysID` the system identifier of the external subset
          dtd(pubID, sysID) {
            var child, doc, doctype, i, j, k, len, len1, ref1, ref2;
            doc = this.document();
            doctype = new XMLDocType(doc, pubID, sysID);
            ref1 = doc.children;
            for (i = j = 0, len = ref1.length; j < len; i = ++j) {
              child = ref1[i];
              if (child.type === NodeType.DocType) {
                doc.children[i] = doctype;
                return doctype;
              }
            }
            ref2 = doc.children;
            for (i = k = 0, len1 = ref2.length; k < len1; i = ++k) {
              child = ref2[i];
              if (child.isRoot) {
                doc.children.splice(i, 0, doctype);
                return doctype;
              }
            }
            doc.children.push(doctype);
            return doctype;
          }
          // Gets the parent node
          up() {
            if (this.isRoot) {
              throw new Error("The root node has no parent. Use doc() if you need to get the document object.");
            }
            return this.parent;
          }
          // Gets the root node
          root() {
            var node;
            node = this;
            while (node) {
              if (node.type === NodeType.Document) {
                return node.rootObject;
              } else if (node.isRoot) {
                return node;
              } else {
                node = node.parent;
              }
            }
          }
          // Gets the node representing the XML document
          document() {
            var node;
            node = this;
            while (node) {
              if (node.type === NodeType.Document) {
                return node;
              } else {
                node = node.parent;
              }
            }
          }
          // Ends the document and converts string
          end(options) {
            return this.document().end(options);
          }
          // Gets the previous node
          prev() {
            var i;
            i = this.parent.children.indexOf(this);
            if (i < 1) {
              throw new Error("Already at the first node. " + this.debugInfo());
            }
            return this.parent.children[i - 1];
          }
          // Gets the next node
          next() {
            var i;
            i = this.parent.children.indexOf(this);
            if (i === -1 || i === this.parent.children.length - 1) {
              throw new Error("Already at the last node. " + this.debugInfo());
            }
            return this.parent.children[i + 1];
          }
          // Imports cloned root from another XML document
          // `doc` the XML document to insert nodes from
          importDocument(doc) {
            var child, clonedRoot, j, len, ref1;
            clonedRoot = doc.root().clone();
            clonedRoot.parent = this;
            clonedRoot.isRoot = false;
            this.children.push(clonedRoot);
            if (this.type === NodeType.Document) {
              clonedRoot.isRoot = true;
              clonedRoot.documentObject = this;
              this.rootObject = clonedRoot;
              if (this.children) {
                ref1 = this.children;
                for (j = 0, len = ref1.length; j < len; j++) {
                  child = ref1[j];
                  if (child.type === NodeType.DocType) {
                    child.name = clonedRoot.name;
                    break;
                  }
                }
              }
            }
            return this;
          }
          // Returns debug string for this node
          debugInfo(name) {
            var ref1, ref2;
            name = name || this.name;
            if (name == null && !((ref1 = this.parent) != null ? ref1.name : void 0)) {
              return "";
            } else if (name == null) {
              return "parent: <" + this.parent.name + ">";
            } else if (!((ref2 = this.parent) != null ? ref2.name : void 0)) {
              return "node: <" + name + ">";
            } else {
              return "node: <" + name + ">, parent: <" + this.parent.name + ">";
            }
          }
          // Aliases
          ele(name, attributes, text) {
            return this.element(name, attributes, text);
          }
          nod(name, attributes, text) {
            return this.node(name, attributes, text);
          }
          txt(value) {
            return this.text(value);
          }
          dat(value) {
            return this.cdata(value);
          }
          com(value) {
            return this.comment(value);
          }
          ins(target, value) {
            return this.instruction(target, value);
          }
          doc() {
            return this.document();
          }
          dec(version, encoding, standalone) {
            return this.declaration(version, encoding, standalone);
          }
          e(name, attributes, text) {
            return this.element(name, attributes, text);
          }
          n(name, attributes, text) {
            return this.node(name, attributes, text);
          }
          t(value) {
            return this.text(value);
          }
          d(value) {
            return this.cdata(value);
          }
          c(value) {
            return this.comment(value);
          }
          r(value) {
            return this.raw(value);
          }
          i(target, value) {
            return this.instruction(target, value);
          }
          u() {
            return this.up();
          }
          // can be deprecated in a future release
          importXMLBuilder(doc) {
            return this.importDocument(doc);
          }
          // Adds or modifies an attribute.
          // `name` attribute name
          // `value` attribute value
          attribute(name, value) {
            throw new Error("attribute() applies to element nodes only.");
          }
          att(name, value) {
            return this.attribute(name, value);
          }
          a(name, value) {
            return this.attribute(name, value);
          }
          // Removes an attribute
          // `name` attribute name
          removeAttribute(name) {
            throw new Error("attribute() applies to element nodes only.");
          }
          // DOM level 1 functions to be implemented later
          replaceChild(newChild, oldChild) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          removeChild(oldChild) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          appendChild(newChild) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          hasChildNodes() {
            return this.children.length !== 0;
          }
          cloneNode(deep) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          normalize() {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          // DOM level 2
          isSupported(feature, version) {
            return true;
          }
          hasAttributes() {
            return this.attribs.length !== 0;
          }
          // DOM level 3 functions to be implemented later
          compareDocumentPosition(other) {
            var ref, res;
            ref = this;
            if (ref === other) {
              return 0;
            } else if (this.document() !== other.document()) {
              res = DocumentPosition.Disconnected | DocumentPosition.ImplementationSpecific;
              if (Math.random() < 0.5) {
                res |= DocumentPosition.Preceding;
              } else {
                res |= DocumentPosition.Following;
              }
              return res;
            } else if (ref.isAncestor(other)) {
              return DocumentPosition.Contains | DocumentPosition.Preceding;
            } else if (ref.isDescendant(other)) {
              return DocumentPosition.Contains | DocumentPosition.Following;
            } else if (ref.isPreceding(other)) {
              return DocumentPosition.Preceding;
            } else {
              return DocumentPosition.Following;
            }
          }
          isSameNode(other) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          lookupPrefix(namespaceURI) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          isDefaultNamespace(namespaceURI) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          lookupNamespaceURI(prefix) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          isEqualNode(node) {
            var i, j, ref1;
            if (node.nodeType !== this.nodeType) {
              return false;
            }
            if (node.children.length !== this.children.length) {
              return false;
            }
            for (i = j = 0, ref1 = this.children.length - 1; 0 <= ref1 ? j <= ref1 : j >= ref1; i = 0 <= ref1 ? ++j : --j) {
              if (!this.children[i].isEqualNode(node.children[i])) {
                return false;
              }
            }
            return true;
          }
          getFeature(feature, version) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          setUserData(key, data, handler) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          getUserData(key) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          // Returns true if other is an inclusive descendant of node,
          // and false otherwise.
          contains(other) {
            if (!other) {
              return false;
            }
            return other === this || this.isDescendant(other);
          }
          // An object A is called a descendant of an object B, if either A is 
          // a child of B or A is a child of an object C that is a descendant of B.
          isDescendant(node) {
            var child, isDescendantChild, j, len, ref1;
            ref1 = this.children;
            for (j = 0, len = ref1.length; j < len; j++) {
              child = ref1[j];
              if (node === child) {
                return true;
              }
              isDescendantChild = child.isDescendant(node);
              if (isDescendantChild) {
                return true;
              }
            }
            return false;
          }
          // An object A is called an ancestor of an object B if and only if
          // B is a descendant of A.
          isAncestor(node) {
            return node.isDescendant(this);
          }
          // An object A is preceding an object B if A and B are in the 
          // same tree and A comes before B in tree order.
          isPreceding(node) {
            var nodePos, thisPos;
            nodePos = this.treePosition(node);
            thisPos = this.treePosition(this);
            if (nodePos === -1 || thisPos === -1) {
              return false;
            } else {
              return nodePos < thisPos;
            }
          }
          // An object A is folllowing an object B if A and B are in the 
          // same tree and A comes after B in tree order.
          isFollowing(node) {
            var nodePos, thisPos;
            nodePos = this.treePosition(node);
            thisPos = this.treePosition(this);
            if (nodePos === -1 || thisPos === -1) {
              return false;
            } else {
              return nodePos > thisPos;
            }
          }
          // Returns the preorder position of the given node in the tree, or -1
          // if the node is not in the tree.
          treePosition(node) {
            var found, pos;
            pos = 0;
            found = false;
            this.foreachTreeNode(this.document(), function(childNode) {
              pos++;
              if (!found && childNode === node) {
                return found = true;
              }
            });
            if (found) {
              return pos;
            } else {
              return -1;
            }
          }
          // Depth-first preorder traversal through the XML tree
          foreachTreeNode(node, func) {
            var child, j, len, ref1, res;
            node || (node = this.document());
            ref1 = node.children;
            for (j = 0, len = ref1.length; j < len; j++) {
              child = ref1[j];
              if (res = func(child)) {
                return res;
              } else {
                res = this.foreachTreeNode(child, func);
                if (res) {
                  return res;
                }
              }
            }
          }
        }
        ;
        Object.defineProperty(XMLNode2.prototype, "nodeName", {
          get: function() {
            return this.name;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "nodeType", {
          get: function() {
            return this.type;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "nodeValue", {
          get: function() {
            return this.value;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "parentNode", {
          get: function() {
            return this.parent;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "childNodes", {
          get: function() {
            if (!this.childNodeList || !this.childNodeList.nodes) {
              this.childNodeList = new XMLNodeList(this.children);
            }
            return this.childNodeList;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "firstChild", {
          get: function() {
            return this.children[0] || null;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "lastChild", {
          get: function() {
            return this.children[this.children.length - 1] || null;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "previousSibling", {
          get: function() {
            var i;
            i = this.parent.children.indexOf(this);
            return this.parent.children[i - 1] || null;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "nextSibling", {
          get: function() {
            var i;
            i = this.parent.children.indexOf(this);
            return this.parent.children[i + 1] || null;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "ownerDocument", {
          get: function() {
            return this.document() || null;
          }
        });
        Object.defineProperty(XMLNode2.prototype, "textContent", {
          get: function() {
            var child, j, len, ref1, str;
            if (this.nodeType === NodeType.Element || this.nodeType === NodeType.DocumentFragment) {
              str = "";
              ref1 = this.children;
              for (j = 0, len = ref1.length; j < len; j++) {
                child = ref1[j];
                if (child.textContent) {
                  str += child.textContent;
                }
              }
              return str;
            } else {
              return null;
            }
          },
          set: function(value) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
        });
        return XMLNode2;
      }).call(this);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLStringifier.js
var require_XMLStringifier = __commonJS({
  "node_modules/xmlbuilder/lib/XMLStringifier.js"(exports, module) {
    (function() {
      var XMLStringifier, hasProp = {}.hasOwnProperty;
      module.exports = XMLStringifier = (function() {
        class XMLStringifier2 {
          // Initializes a new instance of `XMLStringifier`
          // `options.version` The version number string of the XML spec to validate against, e.g. 1.0
          // `options.noDoubleEncoding` whether existing html entities are encoded: true or false
          // `options.stringify` a set of functions to use for converting values to strings
          // `options.noValidation` whether values will be validated and escaped or returned as is
          // `options.invalidCharReplacement` a character to replace invalid characters and disable character validation
          constructor(options) {
            var key, ref, value;
            this.assertLegalChar = this.assertLegalChar.bind(this);
            this.assertLegalName = this.assertLegalName.bind(this);
            options || (options = {});
            this.options = options;
            if (!this.options.version) {
              this.options.version = "1.0";
            }
            ref = options.stringify || {};
            for (key in ref) {
              if (!hasProp.call(ref, key)) continue;
              value = ref[key];
              this[key] = value;
            }
          }
          // Defaults
          name(val) {
            if (this.options.noValidation) {
              return val;
            }
            return this.assertLegalName("" + val || "");
          }
          text(val) {
            if (this.options.noValidation) {
              return val;
            }
            return this.assertLegalChar(this.textEscape("" + val || ""));
          }
          cdata(val) {
            if (this.options.noValidation) {
              return val;
            }
            val = "" + val || "";
            val = val.replace("]]>", "]]]]><![CDATA[>");
            return this.assertLegalChar(val);
          }
          comment(val) {
            if (this.options.noValidation) {
              return val;
            }
            val = "" + val || "";
            if (val.match(/--/)) {
              throw new Error("Comment text cannot contain double-hypen: " + val);
            }
            return this.assertLegalChar(val);
          }
          raw(val) {
            if (this.options.noValidation) {
              return val;
            }
            return "" + val || "";
          }
          attValue(val) {
            if (this.options.noValidation) {
              return val;
            }
            return this.assertLegalChar(this.attEscape(val = "" + val || ""));
          }
          insTarget(val) {
            if (this.options.noValidation) {
              return val;
            }
            return this.assertLegalChar("" + val || "");
          }
          insValue(val) {
            if (this.options.noValidation) {
              return val;
            }
            val = "" + val || "";
            if (val.match(/\?>/)) {
              throw new Error("Invalid processing instruction value: " + val);
            }
            return this.assertLegalChar(val);
          }
          xmlVersion(val) {
            if (this.options.noValidation) {
              return val;
            }
            val = "" + val || "";
            if (!val.match(/1\.[0-9]+/)) {
              throw new Error("Invalid version number: " + val);
            }
            return val;
          }
          xmlEncoding(val) {
            if (this.options.noValidation) {
              return val;
            }
            val = "" + val || "";
            if (!val.match(/^[A-Za-z](?:[A-Za-z0-9._-])*$/)) {
              throw new Error("Invalid encoding: " + val);
            }
            return this.assertLegalChar(val);
          }
          xmlStandalone(val) {
            if (this.options.noValidation) {
              return val;
            }
            if (val) {
              return "yes";
            } else {
              return "no";
            }
          }
          dtdPubID(val) {
            if (this.options.noValidation) {
              return val;
            }
            return this.assertLegalChar("" + val || "");
          }
          dtdSysID(val) {
            if (this.options.noValidation) {
              return val;
            }
            return this.assertLegalChar("" + val || "");
          }
          dtdElementValue(val) {
            if (this.options.noValidation) {
              return val;
            }
            return this.assertLegalChar("" + val || "");
          }
          dtdAttType(val) {
            if (this.options.noValidation) {
              return val;
            }
            return this.assertLegalChar("" + val || "");
          }
          dtdAttDefault(val) {
            if (this.options.noValidation) {
              return val;
            }
            return this.assertLegalChar("" + val || "");
          }
          dtdEntityValue(val) {
            if (this.options.noValidation) {
              return val;
            }
            return this.assertLegalChar("" + val || "");
          }
          dtdNData(val) {
            if (this.options.noValidation) {
              return val;
            }
            return this.assertLegalChar("" + val || "");
          }
          assertLegalChar(str) {
            var regex, res;
            if (this.options.noValidation) {
              return str;
            }
            if (this.options.version === "1.0") {
              regex = /[\0-\x08\x0B\f\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/g;
              if (this.options.invalidCharReplacement !== void 0) {
                str = str.replace(regex, this.options.invalidCharReplacement);
              } else if (res = str.match(regex)) {
                throw new Error(`Invalid character in string: ${str} at index ${res.index}`);
              }
            } else if (this.options.version === "1.1") {
              regex = /[\0\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/g;
              if (this.options.invalidCharReplacement !== void 0) {
                str = str.replace(regex, this.options.invalidCharReplacement);
              } else if (res = str.match(regex)) {
                throw new Error(`Invalid character in string: ${str} at index ${res.index}`);
              }
            }
            return str;
          }
          assertLegalName(str) {
            var regex;
            if (this.options.noValidation) {
              return str;
            }
            str = this.assertLegalChar(str);
            regex = /^([:A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]|[\uD800-\uDB7F][\uDC00-\uDFFF])([\x2D\.0-:A-Z_a-z\xB7\xC0-\xD6\xD8-\xF6\xF8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]|[\uD800-\uDB7F][\uDC00-\uDFFF])*$/;
            if (!str.match(regex)) {
              throw new Error(`Invalid character in name: ${str}`);
            }
            return str;
          }
          // Escapes special characters in text
          // See http://www.w3.org/TR/2000/WD-xml-c14n-20000119.html#charescaping
          // `str` the string to escape
          textEscape(str) {
            var ampregex;
            if (this.options.noValidation) {
              return str;
            }
            ampregex = this.options.noDoubleEncoding ? /(?!&(lt|gt|amp|apos|quot);)&/g : /&/g;
            return str.replace(ampregex, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#xD;");
          }
          // Escapes special characters in attribute values
          // See http://www.w3.org/TR/2000/WD-xml-c14n-20000119.html#charescaping
          // `str` the string to escape
          attEscape(str) {
            var ampregex;
            if (this.options.noValidation) {
              return str;
            }
            ampregex = this.options.noDoubleEncoding ? /(?!&(lt|gt|amp|apos|quot);)&/g : /&/g;
            return str.replace(ampregex, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/\t/g, "&#x9;").replace(/\n/g, "&#xA;").replace(/\r/g, "&#xD;");
          }
        }
        ;
        XMLStringifier2.prototype.convertAttKey = "@";
        XMLStringifier2.prototype.convertPIKey = "?";
        XMLStringifier2.prototype.convertTextKey = "#text";
        XMLStringifier2.prototype.convertCDataKey = "#cdata";
        XMLStringifier2.prototype.convertCommentKey = "#comment";
        XMLStringifier2.prototype.convertRawKey = "#raw";
        return XMLStringifier2;
      }).call(this);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/WriterState.js
var require_WriterState = __commonJS({
  "node_modules/xmlbuilder/lib/WriterState.js"(exports, module) {
    (function() {
      module.exports = {
        None: 0,
        OpenTag: 1,
        InsideTag: 2,
        CloseTag: 3
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLWriterBase.js
var require_XMLWriterBase = __commonJS({
  "node_modules/xmlbuilder/lib/XMLWriterBase.js"(exports, module) {
    (function() {
      var NodeType, WriterState, XMLCData, XMLComment, XMLDTDAttList, XMLDTDElement, XMLDTDEntity, XMLDTDNotation, XMLDeclaration, XMLDocType, XMLDummy, XMLElement, XMLProcessingInstruction, XMLRaw, XMLText, XMLWriterBase, assign, hasProp = {}.hasOwnProperty;
      ({ assign } = require_Utility());
      NodeType = require_NodeType();
      XMLDeclaration = require_XMLDeclaration();
      XMLDocType = require_XMLDocType();
      XMLCData = require_XMLCData();
      XMLComment = require_XMLComment();
      XMLElement = require_XMLElement();
      XMLRaw = require_XMLRaw();
      XMLText = require_XMLText();
      XMLProcessingInstruction = require_XMLProcessingInstruction();
      XMLDummy = require_XMLDummy();
      XMLDTDAttList = require_XMLDTDAttList();
      XMLDTDElement = require_XMLDTDElement();
      XMLDTDEntity = require_XMLDTDEntity();
      XMLDTDNotation = require_XMLDTDNotation();
      WriterState = require_WriterState();
      module.exports = XMLWriterBase = class XMLWriterBase {
        // Initializes a new instance of `XMLWriterBase`
        // `options.pretty` pretty prints the result
        // `options.indent` indentation string
        // `options.newline` newline sequence
        // `options.offset` a fixed number of indentations to add to every line
        // `options.width` maximum column width
        // `options.allowEmpty` do not self close empty element tags
        // 'options.dontPrettyTextNodes' if any text is present in node, don't indent or LF
        // `options.spaceBeforeSlash` add a space before the closing slash of empty elements
        constructor(options) {
          var key, ref, value;
          options || (options = {});
          this.options = options;
          ref = options.writer || {};
          for (key in ref) {
            if (!hasProp.call(ref, key)) continue;
            value = ref[key];
            this["_" + key] = this[key];
            this[key] = value;
          }
        }
        // Filters writer options and provides defaults
        // `options` writer options
        filterOptions(options) {
          var filteredOptions, ref, ref1, ref2, ref3, ref4, ref5, ref6, ref7;
          options || (options = {});
          options = assign({}, this.options, options);
          filteredOptions = {
            writer: this
          };
          filteredOptions.pretty = options.pretty || false;
          filteredOptions.allowEmpty = options.allowEmpty || false;
          filteredOptions.indent = (ref = options.indent) != null ? ref : "  ";
          filteredOptions.newline = (ref1 = options.newline) != null ? ref1 : "\n";
          filteredOptions.offset = (ref2 = options.offset) != null ? ref2 : 0;
          filteredOptions.width = (ref3 = options.width) != null ? ref3 : 0;
          filteredOptions.dontPrettyTextNodes = (ref4 = (ref5 = options.dontPrettyTextNodes) != null ? ref5 : options.dontprettytextnodes) != null ? ref4 : 0;
          filteredOptions.spaceBeforeSlash = (ref6 = (ref7 = options.spaceBeforeSlash) != null ? ref7 : options.spacebeforeslash) != null ? ref6 : "";
          if (filteredOptions.spaceBeforeSlash === true) {
            filteredOptions.spaceBeforeSlash = " ";
          }
          filteredOptions.suppressPrettyCount = 0;
          filteredOptions.user = {};
          filteredOptions.state = WriterState.None;
          return filteredOptions;
        }
        // Returns the indentation string for the current level
        // `node` current node
        // `options` writer options
        // `level` current indentation level
        indent(node, options, level) {
          var indentLevel;
          if (!options.pretty || options.suppressPrettyCount) {
            return "";
          } else if (options.pretty) {
            indentLevel = (level || 0) + options.offset + 1;
            if (indentLevel > 0) {
              return new Array(indentLevel).join(options.indent);
            }
          }
          return "";
        }
        // Returns the newline string
        // `node` current node
        // `options` writer options
        // `level` current indentation level
        endline(node, options, level) {
          if (!options.pretty || options.suppressPrettyCount) {
            return "";
          } else {
            return options.newline;
          }
        }
        attribute(att, options, level) {
          var r;
          this.openAttribute(att, options, level);
          if (options.pretty && options.width > 0) {
            r = att.name + '="' + att.value + '"';
          } else {
            r = " " + att.name + '="' + att.value + '"';
          }
          this.closeAttribute(att, options, level);
          return r;
        }
        cdata(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<![CDATA[";
          options.state = WriterState.InsideTag;
          r += node.value;
          options.state = WriterState.CloseTag;
          r += "]]>" + this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        }
        comment(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<!-- ";
          options.state = WriterState.InsideTag;
          r += node.value;
          options.state = WriterState.CloseTag;
          r += " -->" + this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        }
        declaration(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<?xml";
          options.state = WriterState.InsideTag;
          r += ' version="' + node.version + '"';
          if (node.encoding != null) {
            r += ' encoding="' + node.encoding + '"';
          }
          if (node.standalone != null) {
            r += ' standalone="' + node.standalone + '"';
          }
          options.state = WriterState.CloseTag;
          r += options.spaceBeforeSlash + "?>";
          r += this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        }
        docType(node, options, level) {
          var child, i, len1, r, ref;
          level || (level = 0);
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level);
          r += "<!DOCTYPE " + node.root().name;
          if (node.pubID && node.sysID) {
            r += ' PUBLIC "' + node.pubID + '" "' + node.sysID + '"';
          } else if (node.sysID) {
            r += ' SYSTEM "' + node.sysID + '"';
          }
          if (node.children.length > 0) {
            r += " [";
            r += this.endline(node, options, level);
            options.state = WriterState.InsideTag;
            ref = node.children;
            for (i = 0, len1 = ref.length; i < len1; i++) {
              child = ref[i];
              r += this.writeChildNode(child, options, level + 1);
            }
            options.state = WriterState.CloseTag;
            r += "]";
          }
          options.state = WriterState.CloseTag;
          r += options.spaceBeforeSlash + ">";
          r += this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        }
        element(node, options, level) {
          var att, attLen, child, childNodeCount, firstChildNode, i, j, len, len1, len2, name, prettySuppressed, r, ratt, ref, ref1, ref2, ref3, rline;
          level || (level = 0);
          prettySuppressed = false;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<" + node.name;
          if (options.pretty && options.width > 0) {
            len = r.length;
            ref = node.attribs;
            for (name in ref) {
              if (!hasProp.call(ref, name)) continue;
              att = ref[name];
              ratt = this.attribute(att, options, level);
              attLen = ratt.length;
              if (len + attLen > options.width) {
                rline = this.indent(node, options, level + 1) + ratt;
                r += this.endline(node, options, level) + rline;
                len = rline.length;
              } else {
                rline = " " + ratt;
                r += rline;
                len += rline.length;
              }
            }
          } else {
            ref1 = node.attribs;
            for (name in ref1) {
              if (!hasProp.call(ref1, name)) continue;
              att = ref1[name];
              r += this.attribute(att, options, level);
            }
          }
          childNodeCount = node.children.length;
          firstChildNode = childNodeCount === 0 ? null : node.children[0];
          if (childNodeCount === 0 || node.children.every(function(e) {
            return (e.type === NodeType.Text || e.type === NodeType.Raw || e.type === NodeType.CData) && e.value === "";
          })) {
            if (options.allowEmpty) {
              r += ">";
              options.state = WriterState.CloseTag;
              r += "</" + node.name + ">" + this.endline(node, options, level);
            } else {
              options.state = WriterState.CloseTag;
              r += options.spaceBeforeSlash + "/>" + this.endline(node, options, level);
            }
          } else if (options.pretty && childNodeCount === 1 && (firstChildNode.type === NodeType.Text || firstChildNode.type === NodeType.Raw || firstChildNode.type === NodeType.CData) && firstChildNode.value != null) {
            r += ">";
            options.state = WriterState.InsideTag;
            options.suppressPrettyCount++;
            prettySuppressed = true;
            r += this.writeChildNode(firstChildNode, options, level + 1);
            options.suppressPrettyCount--;
            prettySuppressed = false;
            options.state = WriterState.CloseTag;
            r += "</" + node.name + ">" + this.endline(node, options, level);
          } else {
            if (options.dontPrettyTextNodes) {
              ref2 = node.children;
              for (i = 0, len1 = ref2.length; i < len1; i++) {
                child = ref2[i];
                if ((child.type === NodeType.Text || child.type === NodeType.Raw || child.type === NodeType.CData) && child.value != null) {
                  options.suppressPrettyCount++;
                  prettySuppressed = true;
                  break;
                }
              }
            }
            r += ">" + this.endline(node, options, level);
            options.state = WriterState.InsideTag;
            ref3 = node.children;
            for (j = 0, len2 = ref3.length; j < len2; j++) {
              child = ref3[j];
              r += this.writeChildNode(child, options, level + 1);
            }
            options.state = WriterState.CloseTag;
            r += this.indent(node, options, level) + "</" + node.name + ">";
            if (prettySuppressed) {
              options.suppressPrettyCount--;
            }
            r += this.endline(node, options, level);
            options.state = WriterState.None;
          }
          this.closeNode(node, options, level);
          return r;
        }
        writeChildNode(node, options, level) {
          switch (node.type) {
            case NodeType.CData:
              return this.cdata(node, options, level);
            case NodeType.Comment:
              return this.comment(node, options, level);
            case NodeType.Element:
              return this.element(node, options, level);
            case NodeType.Raw:
              return this.raw(node, options, level);
            case NodeType.Text:
              return this.text(node, options, level);
            case NodeType.ProcessingInstruction:
              return this.processingInstruction(node, options, level);
            case NodeType.Dummy:
              return "";
            case NodeType.Declaration:
              return this.declaration(node, options, level);
            case NodeType.DocType:
              return this.docType(node, options, level);
            case NodeType.AttributeDeclaration:
              return this.dtdAttList(node, options, level);
            case NodeType.ElementDeclaration:
              return this.dtdElement(node, options, level);
            case NodeType.EntityDeclaration:
              return this.dtdEntity(node, options, level);
            case NodeType.NotationDeclaration:
              return this.dtdNotation(node, options, level);
            default:
              throw new Error("Unknown XML node type: " + node.constructor.name);
          }
        }
        processingInstruction(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<?";
          options.state = WriterState.InsideTag;
          r += node.target;
          if (node.value) {
            r += " " + node.value;
          }
          options.state = WriterState.CloseTag;
          r += options.spaceBeforeSlash + "?>";
          r += this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        }
        raw(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level);
          options.state = WriterState.InsideTag;
          r += node.value;
          options.state = WriterState.CloseTag;
          r += this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        }
        text(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level);
          options.state = WriterState.InsideTag;
          r += node.value;
          options.state = WriterState.CloseTag;
          r += this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        }
        dtdAttList(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<!ATTLIST";
          options.state = WriterState.InsideTag;
          r += " " + node.elementName + " " + node.attributeName + " " + node.attributeType;
          if (node.defaultValueType !== "#DEFAULT") {
            r += " " + node.defaultValueType;
          }
          if (node.defaultValue) {
            r += ' "' + node.defaultValue + '"';
          }
          options.state = WriterState.CloseTag;
          r += options.spaceBeforeSlash + ">" + this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        }
        dtdElement(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<!ELEMENT";
          options.state = WriterState.InsideTag;
          r += " " + node.name + " " + node.value;
          options.state = WriterState.CloseTag;
          r += options.spaceBeforeSlash + ">" + this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        }
        dtdEntity(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<!ENTITY";
          options.state = WriterState.InsideTag;
          if (node.pe) {
            r += " %";
          }
          r += " " + node.name;
          if (node.value) {
            r += ' "' + node.value + '"';
          } else {
            if (node.pubID && node.sysID) {
              r += ' PUBLIC "' + node.pubID + '" "' + node.sysID + '"';
            } else if (node.sysID) {
              r += ' SYSTEM "' + node.sysID + '"';
            }
            if (node.nData) {
              r += " NDATA " + node.nData;
            }
          }
          options.state = WriterState.CloseTag;
          r += options.spaceBeforeSlash + ">" + this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        }
        dtdNotation(node, options, level) {
          var r;
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<!NOTATION";
          options.state = WriterState.InsideTag;
          r += " " + node.name;
          if (node.pubID && node.sysID) {
            r += ' PUBLIC "' + node.pubID + '" "' + node.sysID + '"';
          } else if (node.pubID) {
            r += ' PUBLIC "' + node.pubID + '"';
          } else if (node.sysID) {
            r += ' SYSTEM "' + node.sysID + '"';
          }
          options.state = WriterState.CloseTag;
          r += options.spaceBeforeSlash + ">" + this.endline(node, options, level);
          options.state = WriterState.None;
          this.closeNode(node, options, level);
          return r;
        }
        openNode(node, options, level) {
        }
        closeNode(node, options, level) {
        }
        openAttribute(att, options, level) {
        }
        closeAttribute(att, options, level) {
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLStringWriter.js
var require_XMLStringWriter = __commonJS({
  "node_modules/xmlbuilder/lib/XMLStringWriter.js"(exports, module) {
    (function() {
      var XMLStringWriter, XMLWriterBase;
      XMLWriterBase = require_XMLWriterBase();
      module.exports = XMLStringWriter = class XMLStringWriter extends XMLWriterBase {
        // Initializes a new instance of `XMLStringWriter`
        // `options.pretty` pretty prints the result
        // `options.indent` indentation string
        // `options.newline` newline sequence
        // `options.offset` a fixed number of indentations to add to every line
        // `options.allowEmpty` do not self close empty element tags
        // 'options.dontPrettyTextNodes' if any text is present in node, don't indent or LF
        // `options.spaceBeforeSlash` add a space before the closing slash of empty elements
        constructor(options) {
          super(options);
        }
        document(doc, options) {
          var child, i, len, r, ref;
          options = this.filterOptions(options);
          r = "";
          ref = doc.children;
          for (i = 0, len = ref.length; i < len; i++) {
            child = ref[i];
            r += this.writeChildNode(child, options, 0);
          }
          if (options.pretty && r.slice(-options.newline.length) === options.newline) {
            r = r.slice(0, -options.newline.length);
          }
          return r;
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDocument.js
var require_XMLDocument = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDocument.js"(exports, module) {
    (function() {
      var NodeType, XMLDOMConfiguration, XMLDOMImplementation, XMLDocument, XMLNode, XMLStringWriter, XMLStringifier, isPlainObject;
      ({ isPlainObject } = require_Utility());
      XMLDOMImplementation = require_XMLDOMImplementation();
      XMLDOMConfiguration = require_XMLDOMConfiguration();
      XMLNode = require_XMLNode();
      NodeType = require_NodeType();
      XMLStringifier = require_XMLStringifier();
      XMLStringWriter = require_XMLStringWriter();
      module.exports = XMLDocument = (function() {
        class XMLDocument2 extends XMLNode {
          // Initializes a new instance of `XMLDocument`
          // `options.keepNullNodes` whether nodes with null values will be kept
          //     or ignored: true or false
          // `options.keepNullAttributes` whether attributes with null values will be
          //     kept or ignored: true or false
          // `options.ignoreDecorators` whether decorator strings will be ignored when
          //     converting JS objects: true or false
          // `options.separateArrayItems` whether array items are created as separate
          //     nodes when passed as an object value: true or false
          // `options.noDoubleEncoding` whether existing html entities are encoded:
          //     true or false
          // `options.stringify` a set of functions to use for converting values to
          //     strings
          // `options.writer` the default XML writer to use for converting nodes to
          //     string. If the default writer is not set, the built-in XMLStringWriter
          //     will be used instead.
          constructor(options) {
            super(null);
            this.name = "#document";
            this.type = NodeType.Document;
            this.documentURI = null;
            this.domConfig = new XMLDOMConfiguration();
            options || (options = {});
            if (!options.writer) {
              options.writer = new XMLStringWriter();
            }
            this.options = options;
            this.stringify = new XMLStringifier(options);
          }
          // Ends the document and passes it to the given XML writer
          // `writer` is either an XML writer or a plain object to pass to the
          // constructor of the default XML writer. The default writer is assigned when
          // creating the XML document. Following flags are recognized by the
          // built-in XMLStringWriter:
          //   `writer.pretty` pretty prints the result
          //   `writer.indent` indentation for pretty print
          //   `writer.offset` how many indentations to add to every line for pretty print
          //   `writer.newline` newline sequence for pretty print
          end(writer) {
            var writerOptions;
            writerOptions = {};
            if (!writer) {
              writer = this.options.writer;
            } else if (isPlainObject(writer)) {
              writerOptions = writer;
              writer = this.options.writer;
            }
            return writer.document(this, writer.filterOptions(writerOptions));
          }
          // Converts the XML document to string
          // `options.pretty` pretty prints the result
          // `options.indent` indentation for pretty print
          // `options.offset` how many indentations to add to every line for pretty print
          // `options.newline` newline sequence for pretty print
          toString(options) {
            return this.options.writer.document(this, this.options.writer.filterOptions(options));
          }
          // DOM level 1 functions to be implemented later
          createElement(tagName) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          createDocumentFragment() {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          createTextNode(data) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          createComment(data) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          createCDATASection(data) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          createProcessingInstruction(target, data) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          createAttribute(name) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          createEntityReference(name) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          getElementsByTagName(tagname) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          // DOM level 2 functions to be implemented later
          importNode(importedNode, deep) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          createElementNS(namespaceURI, qualifiedName) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          createAttributeNS(namespaceURI, qualifiedName) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          getElementsByTagNameNS(namespaceURI, localName) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          getElementById(elementId) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          // DOM level 3 functions to be implemented later
          adoptNode(source) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          normalizeDocument() {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          renameNode(node, namespaceURI, qualifiedName) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          // DOM level 4 functions to be implemented later
          getElementsByClassName(classNames) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          createEvent(eventInterface) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          createRange() {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          createNodeIterator(root, whatToShow, filter) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
          createTreeWalker(root, whatToShow, filter) {
            throw new Error("This DOM method is not implemented." + this.debugInfo());
          }
        }
        ;
        Object.defineProperty(XMLDocument2.prototype, "implementation", {
          value: new XMLDOMImplementation()
        });
        Object.defineProperty(XMLDocument2.prototype, "doctype", {
          get: function() {
            var child, i, len, ref;
            ref = this.children;
            for (i = 0, len = ref.length; i < len; i++) {
              child = ref[i];
              if (child.type === NodeType.DocType) {
                return child;
              }
            }
            return null;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "documentElement", {
          get: function() {
            return this.rootObject || null;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "inputEncoding", {
          get: function() {
            return null;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "strictErrorChecking", {
          get: function() {
            return false;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "xmlEncoding", {
          get: function() {
            if (this.children.length !== 0 && this.children[0].type === NodeType.Declaration) {
              return this.children[0].encoding;
            } else {
              return null;
            }
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "xmlStandalone", {
          get: function() {
            if (this.children.length !== 0 && this.children[0].type === NodeType.Declaration) {
              return this.children[0].standalone === "yes";
            } else {
              return false;
            }
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "xmlVersion", {
          get: function() {
            if (this.children.length !== 0 && this.children[0].type === NodeType.Declaration) {
              return this.children[0].version;
            } else {
              return "1.0";
            }
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "URL", {
          get: function() {
            return this.documentURI;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "origin", {
          get: function() {
            return null;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "compatMode", {
          get: function() {
            return null;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "characterSet", {
          get: function() {
            return null;
          }
        });
        Object.defineProperty(XMLDocument2.prototype, "contentType", {
          get: function() {
            return null;
          }
        });
        return XMLDocument2;
      }).call(this);
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLDocumentCB.js
var require_XMLDocumentCB = __commonJS({
  "node_modules/xmlbuilder/lib/XMLDocumentCB.js"(exports, module) {
    (function() {
      var NodeType, WriterState, XMLAttribute, XMLCData, XMLComment, XMLDTDAttList, XMLDTDElement, XMLDTDEntity, XMLDTDNotation, XMLDeclaration, XMLDocType, XMLDocument, XMLDocumentCB, XMLElement, XMLProcessingInstruction, XMLRaw, XMLStringWriter, XMLStringifier, XMLText, getValue, isFunction, isObject, isPlainObject, hasProp = {}.hasOwnProperty;
      ({ isObject, isFunction, isPlainObject, getValue } = require_Utility());
      NodeType = require_NodeType();
      XMLDocument = require_XMLDocument();
      XMLElement = require_XMLElement();
      XMLCData = require_XMLCData();
      XMLComment = require_XMLComment();
      XMLRaw = require_XMLRaw();
      XMLText = require_XMLText();
      XMLProcessingInstruction = require_XMLProcessingInstruction();
      XMLDeclaration = require_XMLDeclaration();
      XMLDocType = require_XMLDocType();
      XMLDTDAttList = require_XMLDTDAttList();
      XMLDTDEntity = require_XMLDTDEntity();
      XMLDTDElement = require_XMLDTDElement();
      XMLDTDNotation = require_XMLDTDNotation();
      XMLAttribute = require_XMLAttribute();
      XMLStringifier = require_XMLStringifier();
      XMLStringWriter = require_XMLStringWriter();
      WriterState = require_WriterState();
      module.exports = XMLDocumentCB = class XMLDocumentCB {
        // Initializes a new instance of `XMLDocumentCB`
        // `options.keepNullNodes` whether nodes with null values will be kept
        //     or ignored: true or false
        // `options.keepNullAttributes` whether attributes with null values will be
        //     kept or ignored: true or false
        // `options.ignoreDecorators` whether decorator strings will be ignored when
        //     converting JS objects: true or false
        // `options.separateArrayItems` whether array items are created as separate
        //     nodes when passed as an object value: true or false
        // `options.noDoubleEncoding` whether existing html entities are encoded:
        //     true or false
        // `options.stringify` a set of functions to use for converting values to
        //     strings
        // `options.writer` the default XML writer to use for converting nodes to
        //     string. If the default writer is not set, the built-in XMLStringWriter
        //     will be used instead.
        // `onData` the function to be called when a new chunk of XML is output. The
        //          string containing the XML chunk is passed to `onData` as its first
        //          argument, and the current indentation level as its second argument.
        // `onEnd`  the function to be called when the XML document is completed with
        //          `end`. `onEnd` does not receive any arguments.
        constructor(options, onData, onEnd) {
          var writerOptions;
          this.name = "?xml";
          this.type = NodeType.Document;
          options || (options = {});
          writerOptions = {};
          if (!options.writer) {
            options.writer = new XMLStringWriter();
          } else if (isPlainObject(options.writer)) {
            writerOptions = options.writer;
            options.writer = new XMLStringWriter();
          }
          this.options = options;
          this.writer = options.writer;
          this.writerOptions = this.writer.filterOptions(writerOptions);
          this.stringify = new XMLStringifier(options);
          this.onDataCallback = onData || function() {
          };
          this.onEndCallback = onEnd || function() {
          };
          this.currentNode = null;
          this.currentLevel = -1;
          this.openTags = {};
          this.documentStarted = false;
          this.documentCompleted = false;
          this.root = null;
        }
        // Creates a child element node from the given XMLNode
        // `node` the child node
        createChildNode(node) {
          var att, attName, attributes, child, i, len, ref, ref1;
          switch (node.type) {
            case NodeType.CData:
              this.cdata(node.value);
              break;
            case NodeType.Comment:
              this.comment(node.value);
              break;
            case NodeType.Element:
              attributes = {};
              ref = node.attribs;
              for (attName in ref) {
                if (!hasProp.call(ref, attName)) continue;
                att = ref[attName];
                attributes[attName] = att.value;
              }
              this.node(node.name, attributes);
              break;
            case NodeType.Dummy:
              this.dummy();
              break;
            case NodeType.Raw:
              this.raw(node.value);
              break;
            case NodeType.Text:
              this.text(node.value);
              break;
            case NodeType.ProcessingInstruction:
              this.instruction(node.target, node.value);
              break;
            default:
              throw new Error("This XML node type is not supported in a JS object: " + node.constructor.name);
          }
          ref1 = node.children;
          for (i = 0, len = ref1.length; i < len; i++) {
            child = ref1[i];
            this.createChildNode(child);
            if (child.type === NodeType.Element) {
              this.up();
            }
          }
          return this;
        }
        // Creates a dummy node
        dummy() {
          return this;
        }
        // Creates a node
        // `name` name of the node
        // `attributes` an object containing name/value pairs of attributes
        // `text` element text
        node(name, attributes, text) {
          if (name == null) {
            throw new Error("Missing node name.");
          }
          if (this.root && this.currentLevel === -1) {
            throw new Error("Document can only have one root node. " + this.debugInfo(name));
          }
          this.openCurrent();
          name = getValue(name);
          if (attributes == null) {
            attributes = {};
          }
          attributes = getValue(attributes);
          if (!isObject(attributes)) {
            [text, attributes] = [attributes, text];
          }
          this.currentNode = new XMLElement(this, name, attributes);
          this.currentNode.children = false;
          this.currentLevel++;
          this.openTags[this.currentLevel] = this.currentNode;
          if (text != null) {
            this.text(text);
          }
          return this;
        }
        // Creates a child element node or an element type declaration when called
        // inside the DTD
        // `name` name of the node
        // `attributes` an object containing name/value pairs of attributes
        // `text` element text
        element(name, attributes, text) {
          var child, i, len, oldValidationFlag, ref, root;
          if (this.currentNode && this.currentNode.type === NodeType.DocType) {
            this.dtdElement(...arguments);
          } else {
            if (Array.isArray(name) || isObject(name) || isFunction(name)) {
              oldValidationFlag = this.options.noValidation;
              this.options.noValidation = true;
              root = new XMLDocument(this.options).element("TEMP_ROOT");
              root.element(name);
              this.options.noValidation = oldValidationFlag;
              ref = root.children;
              for (i = 0, len = ref.length; i < len; i++) {
                child = ref[i];
                this.createChildNode(child);
                if (child.type === NodeType.Element) {
                  this.up();
                }
              }
            } else {
              this.node(name, attributes, text);
            }
          }
          return this;
        }
        // Adds or modifies an attribute
        // `name` attribute name
        // `value` attribute value
        attribute(name, value) {
          var attName, attValue;
          if (!this.currentNode || this.currentNode.children) {
            throw new Error("att() can only be used immediately after an ele() call in callback mode. " + this.debugInfo(name));
          }
          if (name != null) {
            name = getValue(name);
          }
          if (isObject(name)) {
            for (attName in name) {
              if (!hasProp.call(name, attName)) continue;
              attValue = name[attName];
              this.attribute(attName, attValue);
            }
          } else {
            if (isFunction(value)) {
              value = value.apply();
            }
            if (this.options.keepNullAttributes && value == null) {
              this.currentNode.attribs[name] = new XMLAttribute(this, name, "");
            } else if (value != null) {
              this.currentNode.attribs[name] = new XMLAttribute(this, name, value);
            }
          }
          return this;
        }
        // Creates a text node
        // `value` element text
        text(value) {
          var node;
          this.openCurrent();
          node = new XMLText(this, value);
          this.onData(this.writer.text(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        }
        // Creates a CDATA node
        // `value` element text without CDATA delimiters
        cdata(value) {
          var node;
          this.openCurrent();
          node = new XMLCData(this, value);
          this.onData(this.writer.cdata(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        }
        // Creates a comment node
        // `value` comment text
        comment(value) {
          var node;
          this.openCurrent();
          node = new XMLComment(this, value);
          this.onData(this.writer.comment(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        }
        // Adds unescaped raw text
        // `value` text
        raw(value) {
          var node;
          this.openCurrent();
          node = new XMLRaw(this, value);
          this.onData(this.writer.raw(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        }
        // Adds a processing instruction
        // `target` instruction target
        // `value` instruction value
        instruction(target, value) {
          var i, insTarget, insValue, len, node;
          this.openCurrent();
          if (target != null) {
            target = getValue(target);
          }
          if (value != null) {
            value = getValue(value);
          }
          if (Array.isArray(target)) {
            for (i = 0, len = target.length; i < len; i++) {
              insTarget = target[i];
              this.instruction(insTarget);
            }
          } else if (isObject(target)) {
            for (insTarget in target) {
              if (!hasProp.call(target, insTarget)) continue;
              insValue = target[insTarget];
              this.instruction(insTarget, insValue);
            }
          } else {
            if (isFunction(value)) {
              value = value.apply();
            }
            node = new XMLProcessingInstruction(this, target, value);
            this.onData(this.writer.processingInstruction(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          }
          return this;
        }
        // Creates the xml declaration
        // `version` A version number string, e.g. 1.0
        // `encoding` Encoding declaration, e.g. UTF-8
        // `standalone` standalone document declaration: true or false
        declaration(version, encoding, standalone) {
          var node;
          this.openCurrent();
          if (this.documentStarted) {
            throw new Error("declaration() must be the first node.");
          }
          node = new XMLDeclaration(this, version, encoding, standalone);
          this.onData(this.writer.declaration(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        }
        // Creates the document type declaration
        // `root`  the name of the root node
        // `pubID` the public identifier of the external subset
        // `sysID` the system identifier of the external subset
        doctype(root, pubID, sysID) {
          this.openCurrent();
          if (root == null) {
            throw new Error("Missing root node name.");
          }
          if (this.root) {
            throw new Error("dtd() must come before the root node.");
          }
          this.currentNode = new XMLDocType(this, pubID, sysID);
          this.currentNode.rootNodeName = root;
          this.currentNode.children = false;
          this.currentLevel++;
          this.openTags[this.currentLevel] = this.currentNode;
          return this;
        }
        // Creates an element type declaration
        // `name` element name
        // `value` element content (defaults to #PCDATA)
        dtdElement(name, value) {
          var node;
          this.openCurrent();
          node = new XMLDTDElement(this, name, value);
          this.onData(this.writer.dtdElement(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        }
        // Creates an attribute declaration
        // `elementName` the name of the element containing this attribute
        // `attributeName` attribute name
        // `attributeType` type of the attribute (defaults to CDATA)
        // `defaultValueType` default value type (either #REQUIRED, #IMPLIED, #FIXED or
        //                    #DEFAULT) (defaults to #IMPLIED)
        // `defaultValue` default value of the attribute
        //                (only used for #FIXED or #DEFAULT)
        attList(elementName, attributeName, attributeType, defaultValueType, defaultValue) {
          var node;
          this.openCurrent();
          node = new XMLDTDAttList(this, elementName, attributeName, attributeType, defaultValueType, defaultValue);
          this.onData(this.writer.dtdAttList(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        }
        // Creates a general entity declaration
        // `name` the name of the entity
        // `value` internal entity value or an object with external entity details
        // `value.pubID` public identifier
        // `value.sysID` system identifier
        // `value.nData` notation declaration
        entity(name, value) {
          var node;
          this.openCurrent();
          node = new XMLDTDEntity(this, false, name, value);
          this.onData(this.writer.dtdEntity(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        }
        // Creates a parameter entity declaration
        // `name` the name of the entity
        // `value` internal entity value or an object with external entity details
        // `value.pubID` public identifier
        // `value.sysID` system identifier
        pEntity(name, value) {
          var node;
          this.openCurrent();
          node = new XMLDTDEntity(this, true, name, value);
          this.onData(this.writer.dtdEntity(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        }
        // Creates a NOTATION declaration
        // `name` the name of the notation
        // `value` an object with external entity details
        // `value.pubID` public identifier
        // `value.sysID` system identifier
        notation(name, value) {
          var node;
          this.openCurrent();
          node = new XMLDTDNotation(this, name, value);
          this.onData(this.writer.dtdNotation(node, this.writerOptions, this.currentLevel + 1), this.currentLevel + 1);
          return this;
        }
        // Gets the parent node
        up() {
          if (this.currentLevel < 0) {
            throw new Error("The document node has no parent.");
          }
          if (this.currentNode) {
            if (this.currentNode.children) {
              this.closeNode(this.currentNode);
            } else {
              this.openNode(this.currentNode);
            }
            this.currentNode = null;
          } else {
            this.closeNode(this.openTags[this.currentLevel]);
          }
          delete this.openTags[this.currentLevel];
          this.currentLevel--;
          return this;
        }
        // Ends the document
        end() {
          while (this.currentLevel >= 0) {
            this.up();
          }
          return this.onEnd();
        }
        // Opens the current parent node
        openCurrent() {
          if (this.currentNode) {
            this.currentNode.children = true;
            return this.openNode(this.currentNode);
          }
        }
        // Writes the opening tag of the current node or the entire node if it has
        // no child nodes
        openNode(node) {
          var att, chunk, name, ref;
          if (!node.isOpen) {
            if (!this.root && this.currentLevel === 0 && node.type === NodeType.Element) {
              this.root = node;
            }
            chunk = "";
            if (node.type === NodeType.Element) {
              this.writerOptions.state = WriterState.OpenTag;
              chunk = this.writer.indent(node, this.writerOptions, this.currentLevel) + "<" + node.name;
              ref = node.attribs;
              for (name in ref) {
                if (!hasProp.call(ref, name)) continue;
                att = ref[name];
                chunk += this.writer.attribute(att, this.writerOptions, this.currentLevel);
              }
              chunk += (node.children ? ">" : "/>") + this.writer.endline(node, this.writerOptions, this.currentLevel);
              this.writerOptions.state = WriterState.InsideTag;
            } else {
              this.writerOptions.state = WriterState.OpenTag;
              chunk = this.writer.indent(node, this.writerOptions, this.currentLevel) + "<!DOCTYPE " + node.rootNodeName;
              if (node.pubID && node.sysID) {
                chunk += ' PUBLIC "' + node.pubID + '" "' + node.sysID + '"';
              } else if (node.sysID) {
                chunk += ' SYSTEM "' + node.sysID + '"';
              }
              if (node.children) {
                chunk += " [";
                this.writerOptions.state = WriterState.InsideTag;
              } else {
                this.writerOptions.state = WriterState.CloseTag;
                chunk += ">";
              }
              chunk += this.writer.endline(node, this.writerOptions, this.currentLevel);
            }
            this.onData(chunk, this.currentLevel);
            return node.isOpen = true;
          }
        }
        // Writes the closing tag of the current node
        closeNode(node) {
          var chunk;
          if (!node.isClosed) {
            chunk = "";
            this.writerOptions.state = WriterState.CloseTag;
            if (node.type === NodeType.Element) {
              chunk = this.writer.indent(node, this.writerOptions, this.currentLevel) + "</" + node.name + ">" + this.writer.endline(node, this.writerOptions, this.currentLevel);
            } else {
              chunk = this.writer.indent(node, this.writerOptions, this.currentLevel) + "]>" + this.writer.endline(node, this.writerOptions, this.currentLevel);
            }
            this.writerOptions.state = WriterState.None;
            this.onData(chunk, this.currentLevel);
            return node.isClosed = true;
          }
        }
        // Called when a new chunk of XML is output
        // `chunk` a string containing the XML chunk
        // `level` current indentation level
        onData(chunk, level) {
          this.documentStarted = true;
          return this.onDataCallback(chunk, level + 1);
        }
        // Called when the XML document is completed
        onEnd() {
          this.documentCompleted = true;
          return this.onEndCallback();
        }
        // Returns debug string
        debugInfo(name) {
          if (name == null) {
            return "";
          } else {
            return "node: <" + name + ">";
          }
        }
        // Node aliases
        ele() {
          return this.element(...arguments);
        }
        nod(name, attributes, text) {
          return this.node(name, attributes, text);
        }
        txt(value) {
          return this.text(value);
        }
        dat(value) {
          return this.cdata(value);
        }
        com(value) {
          return this.comment(value);
        }
        ins(target, value) {
          return this.instruction(target, value);
        }
        dec(version, encoding, standalone) {
          return this.declaration(version, encoding, standalone);
        }
        dtd(root, pubID, sysID) {
          return this.doctype(root, pubID, sysID);
        }
        e(name, attributes, text) {
          return this.element(name, attributes, text);
        }
        n(name, attributes, text) {
          return this.node(name, attributes, text);
        }
        t(value) {
          return this.text(value);
        }
        d(value) {
          return this.cdata(value);
        }
        c(value) {
          return this.comment(value);
        }
        r(value) {
          return this.raw(value);
        }
        i(target, value) {
          return this.instruction(target, value);
        }
        // Attribute aliases
        att() {
          if (this.currentNode && this.currentNode.type === NodeType.DocType) {
            return this.attList(...arguments);
          } else {
            return this.attribute(...arguments);
          }
        }
        a() {
          if (this.currentNode && this.currentNode.type === NodeType.DocType) {
            return this.attList(...arguments);
          } else {
            return this.attribute(...arguments);
          }
        }
        // DTD aliases
        // att() and ele() are defined above
        ent(name, value) {
          return this.entity(name, value);
        }
        pent(name, value) {
          return this.pEntity(name, value);
        }
        not(name, value) {
          return this.notation(name, value);
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/XMLStreamWriter.js
var require_XMLStreamWriter = __commonJS({
  "node_modules/xmlbuilder/lib/XMLStreamWriter.js"(exports, module) {
    (function() {
      var NodeType, WriterState, XMLStreamWriter, XMLWriterBase, hasProp = {}.hasOwnProperty;
      NodeType = require_NodeType();
      XMLWriterBase = require_XMLWriterBase();
      WriterState = require_WriterState();
      module.exports = XMLStreamWriter = class XMLStreamWriter extends XMLWriterBase {
        // Initializes a new instance of `XMLStreamWriter`
        // `stream` output stream
        // `options.pretty` pretty prints the result
        // `options.indent` indentation string
        // `options.newline` newline sequence
        // `options.offset` a fixed number of indentations to add to every line
        // `options.allowEmpty` do not self close empty element tags
        // 'options.dontPrettyTextNodes' if any text is present in node, don't indent or LF
        // `options.spaceBeforeSlash` add a space before the closing slash of empty elements
        constructor(stream, options) {
          super(options);
          this.stream = stream;
        }
        endline(node, options, level) {
          if (node.isLastRootNode && options.state === WriterState.CloseTag) {
            return "";
          } else {
            return super.endline(node, options, level);
          }
        }
        document(doc, options) {
          var child, i, j, k, len1, len2, ref, ref1, results;
          ref = doc.children;
          for (i = j = 0, len1 = ref.length; j < len1; i = ++j) {
            child = ref[i];
            child.isLastRootNode = i === doc.children.length - 1;
          }
          options = this.filterOptions(options);
          ref1 = doc.children;
          results = [];
          for (k = 0, len2 = ref1.length; k < len2; k++) {
            child = ref1[k];
            results.push(this.writeChildNode(child, options, 0));
          }
          return results;
        }
        cdata(node, options, level) {
          return this.stream.write(super.cdata(node, options, level));
        }
        comment(node, options, level) {
          return this.stream.write(super.comment(node, options, level));
        }
        declaration(node, options, level) {
          return this.stream.write(super.declaration(node, options, level));
        }
        docType(node, options, level) {
          var child, j, len1, ref;
          level || (level = 0);
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          this.stream.write(this.indent(node, options, level));
          this.stream.write("<!DOCTYPE " + node.root().name);
          if (node.pubID && node.sysID) {
            this.stream.write(' PUBLIC "' + node.pubID + '" "' + node.sysID + '"');
          } else if (node.sysID) {
            this.stream.write(' SYSTEM "' + node.sysID + '"');
          }
          if (node.children.length > 0) {
            this.stream.write(" [");
            this.stream.write(this.endline(node, options, level));
            options.state = WriterState.InsideTag;
            ref = node.children;
            for (j = 0, len1 = ref.length; j < len1; j++) {
              child = ref[j];
              this.writeChildNode(child, options, level + 1);
            }
            options.state = WriterState.CloseTag;
            this.stream.write("]");
          }
          options.state = WriterState.CloseTag;
          this.stream.write(options.spaceBeforeSlash + ">");
          this.stream.write(this.endline(node, options, level));
          options.state = WriterState.None;
          return this.closeNode(node, options, level);
        }
        element(node, options, level) {
          var att, attLen, child, childNodeCount, firstChildNode, j, len, len1, name, prettySuppressed, r, ratt, ref, ref1, ref2, rline;
          level || (level = 0);
          this.openNode(node, options, level);
          options.state = WriterState.OpenTag;
          r = this.indent(node, options, level) + "<" + node.name;
          if (options.pretty && options.width > 0) {
            len = r.length;
            ref = node.attribs;
            for (name in ref) {
              if (!hasProp.call(ref, name)) continue;
              att = ref[name];
              ratt = this.attribute(att, options, level);
              attLen = ratt.length;
              if (len + attLen > options.width) {
                rline = this.indent(node, options, level + 1) + ratt;
                r += this.endline(node, options, level) + rline;
                len = rline.length;
              } else {
                rline = " " + ratt;
                r += rline;
                len += rline.length;
              }
            }
          } else {
            ref1 = node.attribs;
            for (name in ref1) {
              if (!hasProp.call(ref1, name)) continue;
              att = ref1[name];
              r += this.attribute(att, options, level);
            }
          }
          this.stream.write(r);
          childNodeCount = node.children.length;
          firstChildNode = childNodeCount === 0 ? null : node.children[0];
          if (childNodeCount === 0 || node.children.every(function(e) {
            return (e.type === NodeType.Text || e.type === NodeType.Raw || e.type === NodeType.CData) && e.value === "";
          })) {
            if (options.allowEmpty) {
              this.stream.write(">");
              options.state = WriterState.CloseTag;
              this.stream.write("</" + node.name + ">");
            } else {
              options.state = WriterState.CloseTag;
              this.stream.write(options.spaceBeforeSlash + "/>");
            }
          } else if (options.pretty && childNodeCount === 1 && (firstChildNode.type === NodeType.Text || firstChildNode.type === NodeType.Raw || firstChildNode.type === NodeType.CData) && firstChildNode.value != null) {
            this.stream.write(">");
            options.state = WriterState.InsideTag;
            options.suppressPrettyCount++;
            prettySuppressed = true;
            this.writeChildNode(firstChildNode, options, level + 1);
            options.suppressPrettyCount--;
            prettySuppressed = false;
            options.state = WriterState.CloseTag;
            this.stream.write("</" + node.name + ">");
          } else {
            this.stream.write(">" + this.endline(node, options, level));
            options.state = WriterState.InsideTag;
            ref2 = node.children;
            for (j = 0, len1 = ref2.length; j < len1; j++) {
              child = ref2[j];
              this.writeChildNode(child, options, level + 1);
            }
            options.state = WriterState.CloseTag;
            this.stream.write(this.indent(node, options, level) + "</" + node.name + ">");
          }
          this.stream.write(this.endline(node, options, level));
          options.state = WriterState.None;
          return this.closeNode(node, options, level);
        }
        processingInstruction(node, options, level) {
          return this.stream.write(super.processingInstruction(node, options, level));
        }
        raw(node, options, level) {
          return this.stream.write(super.raw(node, options, level));
        }
        text(node, options, level) {
          return this.stream.write(super.text(node, options, level));
        }
        dtdAttList(node, options, level) {
          return this.stream.write(super.dtdAttList(node, options, level));
        }
        dtdElement(node, options, level) {
          return this.stream.write(super.dtdElement(node, options, level));
        }
        dtdEntity(node, options, level) {
          return this.stream.write(super.dtdEntity(node, options, level));
        }
        dtdNotation(node, options, level) {
          return this.stream.write(super.dtdNotation(node, options, level));
        }
      };
    }).call(exports);
  }
});

// node_modules/xmlbuilder/lib/index.js
var require_lib = __commonJS({
  "node_modules/xmlbuilder/lib/index.js"(exports, module) {
    (function() {
      var NodeType, WriterState, XMLDOMImplementation, XMLDocument, XMLDocumentCB, XMLStreamWriter, XMLStringWriter, assign, isFunction;
      ({ assign, isFunction } = require_Utility());
      XMLDOMImplementation = require_XMLDOMImplementation();
      XMLDocument = require_XMLDocument();
      XMLDocumentCB = require_XMLDocumentCB();
      XMLStringWriter = require_XMLStringWriter();
      XMLStreamWriter = require_XMLStreamWriter();
      NodeType = require_NodeType();
      WriterState = require_WriterState();
      module.exports.create = function(name, xmldec, doctype, options) {
        var doc, root;
        if (name == null) {
          throw new Error("Root element needs a name.");
        }
        options = assign({}, xmldec, doctype, options);
        doc = new XMLDocument(options);
        root = doc.element(name);
        if (!options.headless) {
          doc.declaration(options);
          if (options.pubID != null || options.sysID != null) {
            doc.dtd(options);
          }
        }
        return root;
      };
      module.exports.begin = function(options, onData, onEnd) {
        if (isFunction(options)) {
          [onData, onEnd] = [options, onData];
          options = {};
        }
        if (onData) {
          return new XMLDocumentCB(options, onData, onEnd);
        } else {
          return new XMLDocument(options);
        }
      };
      module.exports.stringWriter = function(options) {
        return new XMLStringWriter(options);
      };
      module.exports.streamWriter = function(stream, options) {
        return new XMLStreamWriter(stream, options);
      };
      module.exports.implementation = new XMLDOMImplementation();
      module.exports.nodeType = NodeType;
      module.exports.writerState = WriterState;
    }).call(exports);
  }
});

// src/pipeline.ts
import { mkdir, readFile as readFile3, rm } from "node:fs/promises";
import path4 from "node:path";

// src/core/metadata.ts
import { execFileSync } from "node:child_process";
function collectMetadata(env, workspace, via) {
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  if (env.GITHUB_ACTIONS === "true") {
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const pr = /^refs\/pull\/([0-9]+)\//.exec(env.GITHUB_REF ?? "");
    return {
      via,
      startedAt,
      ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {},
      ...env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {},
      ...env.GITHUB_REF ? { ref: env.GITHUB_REF } : {},
      ...env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ""}` } : {},
      ...env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {},
      ...env.GITHUB_WORKFLOW ? { workflow: env.GITHUB_WORKFLOW } : {},
      ...env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {},
      ...pr ? { pullRequest: Number(pr[1]) } : {}
    };
  }
  const git = (args) => {
    try {
      return execFileSync("git", args, { cwd: workspace, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5e3 }).trim() || void 0;
    } catch {
      return void 0;
    }
  };
  const commit = git(["rev-parse", "HEAD"]);
  const ref = git(["symbolic-ref", "-q", "HEAD"]);
  const actor = env.USER ?? env.LOGNAME;
  return { via, startedAt, ...commit ? { commit } : {}, ...ref ? { ref } : {}, ...actor ? { actor } : {} };
}

// src/manifest/load.ts
import { readFile } from "node:fs/promises";
import path2 from "node:path";

// src/manifest/validator.generated.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validator_generated_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/integration-gate/integration-gate/schema/integration-gate.schema.json", "title": "integration-gate manifest", "description": "One manifest that says how to verify a service's integrations: services, preflight checks, jobs and gates.", "type": "object", "additionalProperties": false, "required": ["version", "name", "integrations"], "properties": { "version": { "const": 1, "description": "Manifest format version. Always 1." }, "name": { "type": "string", "minLength": 1, "maxLength": 100, "description": "Name of the system under verification; names the check run and the bundle." }, "secrets": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "description": "Environment variables whose values are redacted from every log, report and the bundle (preflight env vars are added automatically)." }, "services": { "type": "object", "description": "Services by name.", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "description": "A service the run starts (start) or only reaches (url).", "properties": { "start": { "type": "string", "minLength": 1, "description": "Shell command that starts the service; stopped (whole process tree) at the end of the run." }, "url": { "type": "string", "pattern": "^https?://", "description": "Base URL of the service, e.g. http://127.0.0.1:3000." }, "cwd": { "type": "string", "description": "Working folder of the start command, relative to the workspace." }, "env": { "type": "object", "description": "Environment variables for the command. Values are strings.", "additionalProperties": { "type": "string" } }, "ready": { "type": "object", "additionalProperties": false, "description": "Readiness probe: an HTTP path (or URL) that must answer 2xx/3xx, or a TCP host:port that must accept.", "properties": { "http": { "type": "string", "minLength": 1, "description": "Path on the service URL (/health) or a full URL." }, "tcp": { "type": "string", "pattern": "^[^\\s:]+:[0-9]{1,5}$", "description": "host:port that must accept a connection." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "How long to wait for readiness (default 30s). A duration: 250ms, 30s, 10m, 1h, 1m30s." }, "interval": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time between probes (default 200ms). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } }, "stop-timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Grace between SIGTERM and SIGKILL when stopping (default 5s). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } } }, "preflight": { "type": "array", "items": { "type": "object", "additionalProperties": false, "description": "One environment check. Give exactly one of env, http, tcp, command, run.", "properties": { "name": { "type": "string", "description": "Label shown in reports." }, "env": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "minItems": 1, "description": "Environment variables that must be set and non-empty. Their values are treated as secrets and never printed." }, "http": { "type": "string", "pattern": "^https?://", "description": "URL that must answer with a 2xx or 3xx status (or `status`)." }, "status": { "type": "array", "items": { "type": "integer", "minimum": 100, "maximum": 599 }, "description": "Accepted HTTP statuses for `http`." }, "tcp": { "type": "string", "pattern": "^[^\\s:]+:[0-9]{1,5}$", "description": "host:port that must accept a TCP connection." }, "command": { "type": "string", "pattern": "^[^\\s/]+$", "description": "A program that must be on PATH (e.g. k6, docker)." }, "run": { "type": "string", "minLength": 1, "description": "A shell command that must exit 0." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit of this check (default 10s). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } }, "description": "Environment checks; any failure halts the run before the jobs." }, "integrations": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "Unique name of the integration (letters, digits, . _ -)." }, "service": { "type": "string", "description": "Name of the service (under services:) this integration targets." }, "description": { "type": "string", "description": "What this integration is, for the scope matrix." }, "owner": { "type": "string", "description": "Team or person accountable, for the scope matrix." }, "critical": { "type": "boolean", "description": "Whether the integration is critical (scope matrix). Default true." }, "contract": { "type": "object", "additionalProperties": false, "required": ["openapi"], "description": "Contract checks: every documented operation of an OpenAPI description (3.0, 3.1 or Swagger 2.0) is called on the live service and its answers checked against the description; declared flows check data round trips; an optional external contract command (e.g. Pact provider verification) is counted in the same results.", "properties": { "openapi": { "type": "string", "minLength": 1, "description": "Path of the OpenAPI / Swagger description (YAML or JSON), relative to the workspace. $refs to other files are resolved." }, "baseUrl": { "type": "string", "pattern": "^https?://", "description": "Base URL the operations' paths are appended to, including any path prefix (e.g. https://api.example.com/v1). Default: the URL of the integration's service." }, "include": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Operations to exercise (default: all). Each entry is an operationId ('createPayment'), a tag ('tag:payments') or a method and path pattern ('GET /payments*', '* /payments/{paymentId}'); * matches any characters." }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Operations not to exercise, same patterns as include. Excluded operations still count as documented, so they lower contract.coverage." }, "allowWrites": { "type": "boolean", "description": "Send non-safe methods (POST, PUT, PATCH, DELETE). Default: true against a service the manifest starts, false against any other URL (then only GET, HEAD, OPTIONS are sent)." }, "auth": { "type": "object", "description": "Credentials for the description's security schemes, by scheme name. Secrets come from environment variables and are redacted from logs and evidence.", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["fromEnv"], "description": "apiKey: the key; http bearer / oauth2 / openIdConnect: the token; http basic: user:password.", "properties": { "fromEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Environment variable holding the secret." } } } }, "checks": { "type": "object", "additionalProperties": false, "description": "Switch checks off for every operation (prefer per-operation waivers), and set the optional response-time limit.", "properties": { "not_a_server_error": { "type": "boolean", "description": "No response may be a 5xx. Default: on." }, "status_code_conformance": { "type": "boolean", "description": "The status is documented for the operation (exactly, as a range such as 2XX, or by 'default'). Default: on." }, "content_type_conformance": { "type": "boolean", "description": "The Content-Type is one documented for that status. Default: on." }, "response_schema_conformance": { "type": "boolean", "description": "The JSON body validates against the documented schema (formats checked; nullable for 3.0; JSON Schema 2020-12 for 3.1). Default: on." }, "response_headers_conformance": { "type": "boolean", "description": "Required documented headers are present and documented headers match their schema. Default: on." }, "negative_data_rejection": { "type": "boolean", "description": "Requests that violate the request schema get a 4xx, not a 2xx or 5xx. Default: on." }, "round_trip": { "type": "boolean", "description": "Declared flows keep the data they should. Default: on." }, "max_response_time": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Every response must arrive within this time (off unless set). A duration: 250ms, 30s, 10m, 1h, 1m30s." }, "request_timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit of each request (default 10s). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } }, "waivers": { "type": "array", "description": "Checks switched off for one operation, with the reason; recorded as waivers in the evidence (and the would-be verdict kept).", "items": { "type": "object", "additionalProperties": false, "required": ["operation", "check", "reason"], "description": "One waiver.", "properties": { "operation": { "type": "string", "minLength": 1, "description": "operationId or 'METHOD /path' pattern the waiver applies to; '*' for all." }, "check": { "type": "string", "enum": ["not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance", "response_headers_conformance", "negative_data_rejection", "max_response_time", "round_trip", "external_command", "*"], "description": "The check waived, or '*' for all checks of the operation." }, "reason": { "type": "string", "minLength": 3, "description": "Why the check is waived (shown to reviewers and auditors)." } } } }, "flows": { "type": "array", "description": "Round trips (create \u2192 read \u2192 compare \u2192 delete): steps call operations, capture values from responses, and compare fields that must survive.", "items": { "type": "object", "additionalProperties": false, "required": ["name", "steps"], "description": "One flow.", "properties": { "name": { "type": "string", "minLength": 1, "description": "Name of the flow in reports." }, "steps": { "type": "array", "minItems": 1, "description": "The requests of the flow, in order.", "items": { "type": "object", "additionalProperties": false, "required": ["id"], "description": "One request: the operation (or an OpenAPI link to follow), its parameters and body, the expected status, the values to capture and the equalities to check.", "properties": { "id": { "type": "string", "pattern": "^[A-Za-z0-9_-]+$", "description": "Step id, used by later steps as $steps.<id>.\u2026" }, "operation": { "type": "string", "minLength": 1, "description": "operationId or 'METHOD /path' of the operation the step calls." }, "link": { "type": "string", "minLength": 1, "description": "Name of an OpenAPI link on the response of step `from`: the step calls its target operation with the parameters the link declares." }, "from": { "type": "string", "description": "Step whose response `link` is read from (default: the previous step)." }, "params": { "type": "object", "description": "Parameter values by name (path, query, header, cookie). Strings may be runtime expressions: $steps.<id>.outputs.<name>, $steps.<id>.response.body#/pointer, $steps.<id>.request.body#/pointer, $steps.<id>.response.header.<name>." }, "body": { "description": "Request body (default: the example or a generated one). String leaves may be runtime expressions." }, "status": { "type": "integer", "minimum": 100, "maximum": 599, "description": "Expected status (default: any 2xx)." }, "outputs": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Values captured from this step: name \u2192 $response.body#/pointer, $response.header.<name>, $request.body#/pointer, $statusCode." }, "equals": { "type": "object", "description": 'Equality checks: runtime expression \u2192 expected value or another expression, e.g. "$response.body#/amount": "$steps.create.request.body#/amount".' }, "survives": { "type": "object", "additionalProperties": false, "required": ["from", "fields"], "description": "Shorthand: each field of step `from`'s request body must come back unchanged in this step's response body.", "properties": { "from": { "type": "string", "description": "Step id whose request body holds the expected values." }, "fields": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "Field names or JSON pointers (/amount, /customer/name)." } } } } } } } } }, "command": { "type": "object", "additionalProperties": false, "required": ["run", "junit"], "description": "An external contract tool (Pact provider verification, Dredd, Schemathesis\u2026) that writes JUnit; each test case counts as a contract check. It gets INTEGRATION_GATE_BASE_URL in its environment.", "properties": { "run": { "type": "string", "minLength": 1, "description": "Shell command." }, "junit": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }], "description": "Glob(s) of the JUnit files it writes, relative to cwd. Only files written during this run count." }, "cwd": { "type": "string", "description": "Working folder, relative to the workspace (default: the workspace)." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit; on expiry the whole process tree is killed (default 10m). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } } } }, "tests": { "type": "array", "minItems": 1, "description": "Test commands that write JUnit XML.", "items": { "type": "object", "additionalProperties": false, "required": ["command", "junit"], "properties": { "name": { "type": "string", "description": "Label for reports (default: the command)." }, "command": { "type": "string", "minLength": 1, "description": "Shell command that runs the tests (npm run test:integration, pytest \u2026)." }, "junit": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }], "description": "Glob(s) of the JUnit XML files the command writes, relative to cwd. Only files written during this run count." }, "cwd": { "type": "string", "description": "Working folder, relative to the workspace (default: the workspace)." }, "env": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Extra environment variables." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Time limit; on expiry the whole process tree is killed (default 10m). A duration: 250ms, 30s, 10m, 1h, 1m30s." } } } }, "load": { "type": "array", "description": "Load jobs for this integration: the built-in engine (open or closed model, limits discovery) or k6 scripts.", "items": { "type": "object", "additionalProperties": false, "description": "A load job. engine builtin (default, nothing to install): requests + rate (open model) or vus (closed model) + duration or iterations. engine k6: a k6 script run with k6 from PATH.", "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "description": "Job name, used in ids, metric keys and evidence folders (default: its position)." }, "engine": { "type": "string", "enum": ["builtin", "k6"], "default": "builtin", "description": "builtin (embedded engine) or k6 (k6 from PATH; in GitHub install it with grafana/setup-k6-action)." }, "url": { "type": "string", "pattern": "^https?://", "description": "Base URL (default: the integration's service URL). The built-in engine speaks plain HTTP/1.1." }, "allow_remote": { "type": "boolean", "default": false, "description": "Allow a target that is not on the loopback interface. Off by default so a manifest cannot load-test a remote host by accident." }, "requests": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["path"], "description": "One request of the mix.", "properties": { "method": { "type": "string", "enum": ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"], "default": "GET", "description": "HTTP method (default GET)." }, "path": { "type": "string", "pattern": "^/", "description": "Path and query, relative to the base URL, e.g. '/quotes?currency=EUR'." }, "headers": { "type": "object", "description": "Request headers. Values may come from the environment: { Authorization: { fromEnv: API_TOKEN } }.", "propertyNames": { "pattern": "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" }, "additionalProperties": { "description": "Header value: literal text, or { fromEnv: NAME } to read it from an environment variable at run time (redacted in logs and evidence).", "oneOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["fromEnv"], "properties": { "fromEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name of the environment variable holding the value." } } }] } }, "body": { "description": "Request body: a string is sent as is; an object or array is sent as JSON (content-type application/json unless set).", "type": ["string", "object", "array"] }, "weight": { "type": "number", "exclusiveMinimum": 0, "default": 1, "description": "Relative share of this request in the mix (default 1)." } } }, "description": "Builtin: the request mix, chosen by weight." }, "rate": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "Builtin open model: constant arrival rate (or the starting rate of `stages`). Rate with a unit: 200/s, 6000/m." }, "stages": { "type": "array", "minItems": 1, "description": "Builtin open model: ramping arrival rate, linear from the previous target (the first stage starts from `rate`, default 0/s).", "items": { "type": "object", "additionalProperties": false, "required": ["duration", "target"], "properties": { "duration": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Length of the stage. Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "target": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "Rate reached at the end of the stage. Rate with a unit: 200/s, 6000/m." } } } }, "vus": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Builtin closed model: number of virtual users, each sending its next request when the previous answered." }, "think": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Builtin closed model: pause of each VU between requests (default 0). Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "duration": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "How long to generate load. Required unless `iterations` or `stages` bound the job. Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "iterations": { "type": "integer", "minimum": 1, "maximum": 1e8, "description": "Total number of requests (builtin). With `duration` too, whichever comes first." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Builtin: per-request timeout (default 10s). k6: bound on the whole k6 run (default 30m). Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "connections": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Builtin open model: most concurrent connections (default 256); requests beyond wait, and their wait counts in latency." }, "expect": { "type": "object", "additionalProperties": false, "description": "What counts as success.", "properties": { "status": { "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 100, "maximum": 599 }, "description": "Statuses that count as success (default: any 2xx or 3xx)." } } }, "limits": { "type": "object", "additionalProperties": false, "description": "Limits discovery: instead of one fixed load, step the arrival rate up until the service answers 429 (or another limiting status), the error rate passes a bound, or p95 passes the SLA; then bisect. Reports the highest rate that held and the first that did not, in api-limits.md.", "properties": { "start": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "First rate tried (default 10/s). Rate with a unit: 200/s, 6000/m." }, "max": { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "description": "Highest rate tried (default 2000/s); discovery stops there. Rate with a unit: 200/s, 6000/m." }, "factor": { "type": "number", "minimum": 1.05, "maximum": 10, "default": 2, "description": "Multiplier between coarse steps until a rate fails (default 2)." }, "step": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Duration of each step (default 2s). Duration with a unit: 250ms, 30s, 5m, 1m30s." }, "resolution": { "description": "Bisection stops when first-failing / highest-held is within this (default 5%). A percentage ('1%') or a ratio (0.01).", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "status": { "type": "array", "items": { "type": "integer", "minimum": 100, "maximum": 599 }, "minItems": 1, "description": 'Statuses that mean "rate limited" (default [429]).' }, "status_max": { "description": "Share of limiting statuses at which a step fails (default 1%). A percentage ('1%') or a ratio (0.01).", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "error_rate": { "description": "Share of other failures (timeouts, 5xx, refused) at which a step fails (default 1%). A percentage ('1%') or a ratio (0.01).", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "p95_ms": { "type": "number", "exclusiveMinimum": 0, "description": "SLA: a step whose p95 exceeds this (ms) fails (default: the job's p95_ms gate, else 1000)." }, "pause": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "Pause between steps, so a token bucket refills (default 250ms). Duration with a unit: 250ms, 30s, 5m, 1m30s." } } }, "gates": { "type": "object", "additionalProperties": false, "description": "Gates on this job's own metrics (metric load.<name>@<jobId>), e.g. { p95_ms: { max: 500 } }.", "properties": { "p50_ms": { "type": "object", "additionalProperties": false, "description": "Median latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "p90_ms": { "type": "object", "additionalProperties": false, "description": "90th percentile latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "p95_ms": { "type": "object", "additionalProperties": false, "description": "95th percentile latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "p99_ms": { "type": "object", "additionalProperties": false, "description": "99th percentile latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "max_ms": { "type": "object", "additionalProperties": false, "description": "Highest latency (ms). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "rps": { "type": "object", "additionalProperties": false, "description": "Achieved throughput: completed requests per second. A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "error_rate": { "type": "object", "additionalProperties": false, "description": "Failed requests / requests (ratio). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "reliability": { "type": "object", "additionalProperties": false, "description": "1 - error_rate (ratio). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "requests": { "type": "object", "additionalProperties": false, "description": "Requests completed (count). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "cpu_percent_max": { "type": "object", "additionalProperties": false, "description": "Highest CPU use of the service process tree during load (percent of one core). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "memory_bytes_max": { "type": "object", "additionalProperties": false, "description": "Highest resident memory of the service process tree during load (bytes). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "limit_rps": { "type": "object", "additionalProperties": false, "description": "Limits discovery: highest rate that held (per second). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] }, "k6_thresholds": { "type": "object", "additionalProperties": false, "description": "k6: share of the script's thresholds that passed (1 = all). A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.", "properties": { "min": { "description": "Passes when the value is >= min. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "max": { "description": "Passes when the value is <= max. Ratios may be given as a percentage.", "oneOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }] }, "severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "What a failure of this gate means for the decision (default major)." }, "warn": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$", "description": "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." } }, "oneOf": [{ "required": ["min"] }, { "required": ["max"] }] } } }, "script": { "type": "string", "minLength": 1, "description": "k6: path of the k6 script, inside the workspace." }, "k6": { "type": "object", "additionalProperties": false, "description": "k6 engine options.", "properties": { "args": { "type": "array", "items": { "type": "string" }, "description": "Extra arguments for 'k6 run' (e.g. ['--vus', '20'])." }, "env": { "type": "object", "description": "Variables passed with --env (visible as __ENV in the script); values may be { fromEnv: NAME }. BASE_URL defaults to the base URL.", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "description": "Header value: literal text, or { fromEnv: NAME } to read it from an environment variable at run time (redacted in logs and evidence).", "oneOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["fromEnv"], "properties": { "fromEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name of the environment variable holding the value." } } }] } }, "thresholds_severity": { "type": "string", "enum": ["critical", "major", "minor"], "default": "major", "description": "Severity of the gate made from the script's thresholds (default major)." } } } }, "if": { "properties": { "engine": { "const": "k6" } }, "required": ["engine"] }, "then": { "required": ["script"] }, "else": { "required": ["requests"] } } } } }, "description": "The integrations to verify, each with its jobs." }, "gates": { "type": "object", "description": "Gates by metric (e.g. integration.success_rate, load.p95_ms, contract.pass_rate, or <metric>@<jobId> for one job).", "propertyNames": { "pattern": "^[a-z_]+\\.[a-z0-9_:]+(@.+)?$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "description": "A quality gate on a metric: give min or max (or equals).", "properties": { "min": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must be at least this. A number, or a percentage such as 90% (= 0.9)." }, "max": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must be at most this. A number, or a percentage such as 90% (= 0.9)." }, "equals": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "The metric must equal this. A number, or a percentage such as 90% (= 0.9)." }, "severity": { "enum": ["critical", "major", "minor"], "description": "critical: failing means NO-GO; major/minor: CONDITIONAL. Default major (critical for integration.success_rate and contract.pass_rate)." }, "warn": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?%$" }], "description": "Warn band: a passing value within this fraction of the threshold warns (default 10%; 0 disables). A number, or a percentage such as 90% (= 0.9)." }, "description": { "type": "string", "description": "Shown next to the gate in reports." } } } } } };
var func2 = import_ucs2length.default.default;
var func7 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
var pattern2 = new RegExp("^https?://", "u");
var pattern3 = new RegExp("^[^\\s:]+:[0-9]{1,5}$", "u");
var pattern4 = new RegExp("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "u");
var pattern10 = new RegExp("^[^\\s/]+$", "u");
var pattern17 = new RegExp("^[A-Za-z0-9_-]+$", "u");
var pattern22 = new RegExp("^/", "u");
var pattern23 = new RegExp("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "u");
var pattern25 = new RegExp("^[0-9]+(\\.[0-9]+)?/(s|m|h)$", "u");
var pattern34 = new RegExp("^-?[0-9]+(\\.[0-9]+)?%$", "u");
var pattern79 = new RegExp("^[a-z_]+\\.[a-z0-9_:]+(@.+)?$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.integrations === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "integrations" }, message: "must have required property 'integrations'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "name" || key0 === "secrets" || key0 === "services" || key0 === "preflight" || key0 === "integrations" || key0 === "gates")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) > 100) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema11.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      let data2 = data.secrets;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern0.test(data3)) {
              const err8 = { instancePath: instancePath + "/secrets/" + i0, schemaPath: "#/properties/secrets/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.properties.secrets.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/secrets/" + i0, schemaPath: "#/properties/secrets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.secrets.items.type, parentSchema: schema11.properties.secrets.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.secrets.type, parentSchema: schema11.properties.secrets, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data4 = data.services;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          const _errs11 = errors;
          if (typeof key1 === "string") {
            if (!pattern1.test(key1)) {
              const err11 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.services.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          var valid3 = _errs11 === errors;
          if (!valid3) {
            const err12 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.services.propertyNames, parentSchema: schema11.properties.services, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key2 in data4) {
          let data5 = data4[key2];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key3 in data5) {
              if (!(key3 === "start" || key3 === "url" || key3 === "cwd" || key3 === "env" || key3 === "ready" || key3 === "stop-timeout")) {
                const err13 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.services.additionalProperties, data: data5 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data5.start !== void 0) {
              let data6 = data5.start;
              if (typeof data6 === "string") {
                if (func2(data6) < 1) {
                  const err14 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/start", schemaPath: "#/properties/services/additionalProperties/properties/start/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.services.additionalProperties.properties.start, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/start", schemaPath: "#/properties/services/additionalProperties/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.start.type, parentSchema: schema11.properties.services.additionalProperties.properties.start, data: data6 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data5.url !== void 0) {
              let data7 = data5.url;
              if (typeof data7 === "string") {
                if (!pattern2.test(data7)) {
                  const err16 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/url", schemaPath: "#/properties/services/additionalProperties/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema11.properties.services.additionalProperties.properties.url, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/url", schemaPath: "#/properties/services/additionalProperties/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.url.type, parentSchema: schema11.properties.services.additionalProperties.properties.url, data: data7 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data5.cwd !== void 0) {
              let data8 = data5.cwd;
              if (typeof data8 !== "string") {
                const err18 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/cwd", schemaPath: "#/properties/services/additionalProperties/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.cwd.type, parentSchema: schema11.properties.services.additionalProperties.properties.cwd, data: data8 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data5.env !== void 0) {
              let data9 = data5.env;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                for (const key4 in data9) {
                  let data10 = data9[key4];
                  if (typeof data10 !== "string") {
                    const err19 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.env.additionalProperties.type, parentSchema: schema11.properties.services.additionalProperties.properties.env.additionalProperties, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              } else {
                const err20 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/properties/services/additionalProperties/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.services.additionalProperties.properties.env.type, parentSchema: schema11.properties.services.additionalProperties.properties.env, data: data9 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data5.ready !== void 0) {
              let data11 = data5.ready;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                for (const key5 in data11) {
                  if (!(key5 === "http" || key5 === "tcp" || key5 === "timeout" || key5 === "interval")) {
                    const err21 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/ready", schemaPath: "#/properties/services/additionalProperties/properties/ready/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.services.additionalProperties.properties.ready, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                if (data11.http !== void 0) {
                  let data12 = data11.http;
                  if (typeof data12 === "string") {
                    if (func2(data12) < 1) {
                      const err22 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/ready/http", schemaPath: "#/properties/services/additionalProperties/properties/ready/properties/http/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.services.additionalProperties.properties.ready.properties.http, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/ready/http", schemaPath: "#/properties/services/additionalProperties/properties/ready/properties/http/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.ready.properties.http.type, parentSchema: schema11.properties.services.additionalProperties.properties.ready.properties.http, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data11.tcp !== void 0) {
                  let data13 = data11.tcp;
                  if (typeof data13 === "string") {
                    if (!pattern3.test(data13)) {
                      const err24 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/ready/tcp", schemaPath: "#/properties/services/additionalProperties/properties/ready/properties/tcp/pattern", keyword: "pattern", params: { pattern: "^[^\\s:]+:[0-9]{1,5}$" }, message: 'must match pattern "^[^\\s:]+:[0-9]{1,5}$"', schema: "^[^\\s:]+:[0-9]{1,5}$", parentSchema: schema11.properties.services.additionalProperties.properties.ready.properties.tcp, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/ready/tcp", schemaPath: "#/properties/services/additionalProperties/properties/ready/properties/tcp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.ready.properties.tcp.type, parentSchema: schema11.properties.services.additionalProperties.properties.ready.properties.tcp, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data11.timeout !== void 0) {
                  let data14 = data11.timeout;
                  if (typeof data14 === "string") {
                    if (!pattern4.test(data14)) {
                      const err26 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/ready/timeout", schemaPath: "#/properties/services/additionalProperties/properties/ready/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.properties.services.additionalProperties.properties.ready.properties.timeout, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  } else {
                    const err27 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/ready/timeout", schemaPath: "#/properties/services/additionalProperties/properties/ready/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.ready.properties.timeout.type, parentSchema: schema11.properties.services.additionalProperties.properties.ready.properties.timeout, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data11.interval !== void 0) {
                  let data15 = data11.interval;
                  if (typeof data15 === "string") {
                    if (!pattern4.test(data15)) {
                      const err28 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/ready/interval", schemaPath: "#/properties/services/additionalProperties/properties/ready/properties/interval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.properties.services.additionalProperties.properties.ready.properties.interval, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/ready/interval", schemaPath: "#/properties/services/additionalProperties/properties/ready/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties.ready.properties.interval.type, parentSchema: schema11.properties.services.additionalProperties.properties.ready.properties.interval, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              } else {
                const err30 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/ready", schemaPath: "#/properties/services/additionalProperties/properties/ready/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.services.additionalProperties.properties.ready.type, parentSchema: schema11.properties.services.additionalProperties.properties.ready, data: data11 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data5["stop-timeout"] !== void 0) {
              let data16 = data5["stop-timeout"];
              if (typeof data16 === "string") {
                if (!pattern4.test(data16)) {
                  const err31 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/stop-timeout", schemaPath: "#/properties/services/additionalProperties/properties/stop-timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.properties.services.additionalProperties.properties["stop-timeout"], data: data16 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/stop-timeout", schemaPath: "#/properties/services/additionalProperties/properties/stop-timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.additionalProperties.properties["stop-timeout"].type, parentSchema: schema11.properties.services.additionalProperties.properties["stop-timeout"], data: data16 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/services/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.services.additionalProperties.type, parentSchema: schema11.properties.services.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.services.type, parentSchema: schema11.properties.services, data: data4 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.preflight !== void 0) {
      let data17 = data.preflight;
      if (Array.isArray(data17)) {
        const len1 = data17.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data18 = data17[i1];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key6 in data18) {
              if (!(key6 === "name" || key6 === "env" || key6 === "http" || key6 === "status" || key6 === "tcp" || key6 === "command" || key6 === "run" || key6 === "timeout")) {
                const err35 = { instancePath: instancePath + "/preflight/" + i1, schemaPath: "#/properties/preflight/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.preflight.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data18.name !== void 0) {
              let data19 = data18.name;
              if (typeof data19 !== "string") {
                const err36 = { instancePath: instancePath + "/preflight/" + i1 + "/name", schemaPath: "#/properties/preflight/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.preflight.items.properties.name.type, parentSchema: schema11.properties.preflight.items.properties.name, data: data19 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data18.env !== void 0) {
              let data20 = data18.env;
              if (Array.isArray(data20)) {
                if (data20.length < 1) {
                  const err37 = { instancePath: instancePath + "/preflight/" + i1 + "/env", schemaPath: "#/properties/preflight/items/properties/env/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.preflight.items.properties.env, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                const len2 = data20.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data21 = data20[i2];
                  if (typeof data21 === "string") {
                    if (!pattern0.test(data21)) {
                      const err38 = { instancePath: instancePath + "/preflight/" + i1 + "/env/" + i2, schemaPath: "#/properties/preflight/items/properties/env/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.properties.preflight.items.properties.env.items, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/preflight/" + i1 + "/env/" + i2, schemaPath: "#/properties/preflight/items/properties/env/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.preflight.items.properties.env.items.type, parentSchema: schema11.properties.preflight.items.properties.env.items, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
              } else {
                const err40 = { instancePath: instancePath + "/preflight/" + i1 + "/env", schemaPath: "#/properties/preflight/items/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.preflight.items.properties.env.type, parentSchema: schema11.properties.preflight.items.properties.env, data: data20 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data18.http !== void 0) {
              let data22 = data18.http;
              if (typeof data22 === "string") {
                if (!pattern2.test(data22)) {
                  const err41 = { instancePath: instancePath + "/preflight/" + i1 + "/http", schemaPath: "#/properties/preflight/items/properties/http/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema11.properties.preflight.items.properties.http, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              } else {
                const err42 = { instancePath: instancePath + "/preflight/" + i1 + "/http", schemaPath: "#/properties/preflight/items/properties/http/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.preflight.items.properties.http.type, parentSchema: schema11.properties.preflight.items.properties.http, data: data22 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data18.status !== void 0) {
              let data23 = data18.status;
              if (Array.isArray(data23)) {
                const len3 = data23.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data24 = data23[i3];
                  if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
                    const err43 = { instancePath: instancePath + "/preflight/" + i1 + "/status/" + i3, schemaPath: "#/properties/preflight/items/properties/status/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.preflight.items.properties.status.items.type, parentSchema: schema11.properties.preflight.items.properties.status.items, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                  if (typeof data24 == "number") {
                    if (data24 > 599 || isNaN(data24)) {
                      const err44 = { instancePath: instancePath + "/preflight/" + i1 + "/status/" + i3, schemaPath: "#/properties/preflight/items/properties/status/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema11.properties.preflight.items.properties.status.items, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                    if (data24 < 100 || isNaN(data24)) {
                      const err45 = { instancePath: instancePath + "/preflight/" + i1 + "/status/" + i3, schemaPath: "#/properties/preflight/items/properties/status/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema11.properties.preflight.items.properties.status.items, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err46 = { instancePath: instancePath + "/preflight/" + i1 + "/status", schemaPath: "#/properties/preflight/items/properties/status/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.preflight.items.properties.status.type, parentSchema: schema11.properties.preflight.items.properties.status, data: data23 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data18.tcp !== void 0) {
              let data25 = data18.tcp;
              if (typeof data25 === "string") {
                if (!pattern3.test(data25)) {
                  const err47 = { instancePath: instancePath + "/preflight/" + i1 + "/tcp", schemaPath: "#/properties/preflight/items/properties/tcp/pattern", keyword: "pattern", params: { pattern: "^[^\\s:]+:[0-9]{1,5}$" }, message: 'must match pattern "^[^\\s:]+:[0-9]{1,5}$"', schema: "^[^\\s:]+:[0-9]{1,5}$", parentSchema: schema11.properties.preflight.items.properties.tcp, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/preflight/" + i1 + "/tcp", schemaPath: "#/properties/preflight/items/properties/tcp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.preflight.items.properties.tcp.type, parentSchema: schema11.properties.preflight.items.properties.tcp, data: data25 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data18.command !== void 0) {
              let data26 = data18.command;
              if (typeof data26 === "string") {
                if (!pattern10.test(data26)) {
                  const err49 = { instancePath: instancePath + "/preflight/" + i1 + "/command", schemaPath: "#/properties/preflight/items/properties/command/pattern", keyword: "pattern", params: { pattern: "^[^\\s/]+$" }, message: 'must match pattern "^[^\\s/]+$"', schema: "^[^\\s/]+$", parentSchema: schema11.properties.preflight.items.properties.command, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/preflight/" + i1 + "/command", schemaPath: "#/properties/preflight/items/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.preflight.items.properties.command.type, parentSchema: schema11.properties.preflight.items.properties.command, data: data26 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data18.run !== void 0) {
              let data27 = data18.run;
              if (typeof data27 === "string") {
                if (func2(data27) < 1) {
                  const err51 = { instancePath: instancePath + "/preflight/" + i1 + "/run", schemaPath: "#/properties/preflight/items/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.preflight.items.properties.run, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/preflight/" + i1 + "/run", schemaPath: "#/properties/preflight/items/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.preflight.items.properties.run.type, parentSchema: schema11.properties.preflight.items.properties.run, data: data27 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data18.timeout !== void 0) {
              let data28 = data18.timeout;
              if (typeof data28 === "string") {
                if (!pattern4.test(data28)) {
                  const err53 = { instancePath: instancePath + "/preflight/" + i1 + "/timeout", schemaPath: "#/properties/preflight/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.properties.preflight.items.properties.timeout, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              } else {
                const err54 = { instancePath: instancePath + "/preflight/" + i1 + "/timeout", schemaPath: "#/properties/preflight/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.preflight.items.properties.timeout.type, parentSchema: schema11.properties.preflight.items.properties.timeout, data: data28 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/preflight/" + i1, schemaPath: "#/properties/preflight/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.preflight.items.type, parentSchema: schema11.properties.preflight.items, data: data18 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/preflight", schemaPath: "#/properties/preflight/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.preflight.type, parentSchema: schema11.properties.preflight, data: data17 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.integrations !== void 0) {
      let data29 = data.integrations;
      if (Array.isArray(data29)) {
        if (data29.length < 1) {
          const err57 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.integrations, data: data29 };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        const len4 = data29.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data30 = data29[i4];
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.name === void 0) {
              const err58 = { instancePath: instancePath + "/integrations/" + i4, schemaPath: "#/properties/integrations/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.integrations.items.required, parentSchema: schema11.properties.integrations.items, data: data30 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            for (const key7 in data30) {
              if (!(key7 === "name" || key7 === "service" || key7 === "description" || key7 === "owner" || key7 === "critical" || key7 === "contract" || key7 === "tests" || key7 === "load")) {
                const err59 = { instancePath: instancePath + "/integrations/" + i4, schemaPath: "#/properties/integrations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items, data: data30 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data30.name !== void 0) {
              let data31 = data30.name;
              if (typeof data31 === "string") {
                if (!pattern1.test(data31)) {
                  const err60 = { instancePath: instancePath + "/integrations/" + i4 + "/name", schemaPath: "#/properties/integrations/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.integrations.items.properties.name, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/integrations/" + i4 + "/name", schemaPath: "#/properties/integrations/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.name.type, parentSchema: schema11.properties.integrations.items.properties.name, data: data31 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data30.service !== void 0) {
              let data32 = data30.service;
              if (typeof data32 !== "string") {
                const err62 = { instancePath: instancePath + "/integrations/" + i4 + "/service", schemaPath: "#/properties/integrations/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.service.type, parentSchema: schema11.properties.integrations.items.properties.service, data: data32 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data30.description !== void 0) {
              let data33 = data30.description;
              if (typeof data33 !== "string") {
                const err63 = { instancePath: instancePath + "/integrations/" + i4 + "/description", schemaPath: "#/properties/integrations/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.description.type, parentSchema: schema11.properties.integrations.items.properties.description, data: data33 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data30.owner !== void 0) {
              let data34 = data30.owner;
              if (typeof data34 !== "string") {
                const err64 = { instancePath: instancePath + "/integrations/" + i4 + "/owner", schemaPath: "#/properties/integrations/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.owner.type, parentSchema: schema11.properties.integrations.items.properties.owner, data: data34 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data30.critical !== void 0) {
              let data35 = data30.critical;
              if (typeof data35 !== "boolean") {
                const err65 = { instancePath: instancePath + "/integrations/" + i4 + "/critical", schemaPath: "#/properties/integrations/items/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.integrations.items.properties.critical.type, parentSchema: schema11.properties.integrations.items.properties.critical, data: data35 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data30.contract !== void 0) {
              let data36 = data30.contract;
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                if (data36.openapi === void 0) {
                  const err66 = { instancePath: instancePath + "/integrations/" + i4 + "/contract", schemaPath: "#/properties/integrations/items/properties/contract/required", keyword: "required", params: { missingProperty: "openapi" }, message: "must have required property 'openapi'", schema: schema11.properties.integrations.items.properties.contract.required, parentSchema: schema11.properties.integrations.items.properties.contract, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                for (const key8 in data36) {
                  if (!func7.call(schema11.properties.integrations.items.properties.contract.properties, key8)) {
                    const err67 = { instancePath: instancePath + "/integrations/" + i4 + "/contract", schemaPath: "#/properties/integrations/items/properties/contract/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.contract, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data36.openapi !== void 0) {
                  let data37 = data36.openapi;
                  if (typeof data37 === "string") {
                    if (func2(data37) < 1) {
                      const err68 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/openapi", schemaPath: "#/properties/integrations/items/properties/contract/properties/openapi/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.integrations.items.properties.contract.properties.openapi, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/openapi", schemaPath: "#/properties/integrations/items/properties/contract/properties/openapi/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.openapi.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.openapi, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data36.baseUrl !== void 0) {
                  let data38 = data36.baseUrl;
                  if (typeof data38 === "string") {
                    if (!pattern2.test(data38)) {
                      const err70 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/baseUrl", schemaPath: "#/properties/integrations/items/properties/contract/properties/baseUrl/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema11.properties.integrations.items.properties.contract.properties.baseUrl, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  } else {
                    const err71 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/baseUrl", schemaPath: "#/properties/integrations/items/properties/contract/properties/baseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.baseUrl.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.baseUrl, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (data36.include !== void 0) {
                  let data39 = data36.include;
                  if (Array.isArray(data39)) {
                    const len5 = data39.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      let data40 = data39[i5];
                      if (typeof data40 === "string") {
                        if (func2(data40) < 1) {
                          const err72 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/include/" + i5, schemaPath: "#/properties/integrations/items/properties/contract/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.integrations.items.properties.contract.properties.include.items, data: data40 };
                          if (vErrors === null) {
                            vErrors = [err72];
                          } else {
                            vErrors.push(err72);
                          }
                          errors++;
                        }
                      } else {
                        const err73 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/include/" + i5, schemaPath: "#/properties/integrations/items/properties/contract/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.include.items.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.include.items, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err73];
                        } else {
                          vErrors.push(err73);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err74 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/include", schemaPath: "#/properties/integrations/items/properties/contract/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.contract.properties.include.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.include, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data36.exclude !== void 0) {
                  let data41 = data36.exclude;
                  if (Array.isArray(data41)) {
                    const len6 = data41.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      let data42 = data41[i6];
                      if (typeof data42 === "string") {
                        if (func2(data42) < 1) {
                          const err75 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/exclude/" + i6, schemaPath: "#/properties/integrations/items/properties/contract/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.integrations.items.properties.contract.properties.exclude.items, data: data42 };
                          if (vErrors === null) {
                            vErrors = [err75];
                          } else {
                            vErrors.push(err75);
                          }
                          errors++;
                        }
                      } else {
                        const err76 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/exclude/" + i6, schemaPath: "#/properties/integrations/items/properties/contract/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.exclude.items.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.exclude.items, data: data42 };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err77 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/exclude", schemaPath: "#/properties/integrations/items/properties/contract/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.contract.properties.exclude.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.exclude, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data36.allowWrites !== void 0) {
                  let data43 = data36.allowWrites;
                  if (typeof data43 !== "boolean") {
                    const err78 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/allowWrites", schemaPath: "#/properties/integrations/items/properties/contract/properties/allowWrites/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.integrations.items.properties.contract.properties.allowWrites.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.allowWrites, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data36.auth !== void 0) {
                  let data44 = data36.auth;
                  if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                    for (const key9 in data44) {
                      let data45 = data44[key9];
                      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                        if (data45.fromEnv === void 0) {
                          const err79 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/auth/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/contract/properties/auth/additionalProperties/required", keyword: "required", params: { missingProperty: "fromEnv" }, message: "must have required property 'fromEnv'", schema: schema11.properties.integrations.items.properties.contract.properties.auth.additionalProperties.required, parentSchema: schema11.properties.integrations.items.properties.contract.properties.auth.additionalProperties, data: data45 };
                          if (vErrors === null) {
                            vErrors = [err79];
                          } else {
                            vErrors.push(err79);
                          }
                          errors++;
                        }
                        for (const key10 in data45) {
                          if (!(key10 === "fromEnv")) {
                            const err80 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/auth/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/contract/properties/auth/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.contract.properties.auth.additionalProperties, data: data45 };
                            if (vErrors === null) {
                              vErrors = [err80];
                            } else {
                              vErrors.push(err80);
                            }
                            errors++;
                          }
                        }
                        if (data45.fromEnv !== void 0) {
                          let data46 = data45.fromEnv;
                          if (typeof data46 === "string") {
                            if (!pattern0.test(data46)) {
                              const err81 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/auth/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/properties/integrations/items/properties/contract/properties/auth/additionalProperties/properties/fromEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.properties.integrations.items.properties.contract.properties.auth.additionalProperties.properties.fromEnv, data: data46 };
                              if (vErrors === null) {
                                vErrors = [err81];
                              } else {
                                vErrors.push(err81);
                              }
                              errors++;
                            }
                          } else {
                            const err82 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/auth/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/properties/integrations/items/properties/contract/properties/auth/additionalProperties/properties/fromEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.auth.additionalProperties.properties.fromEnv.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.auth.additionalProperties.properties.fromEnv, data: data46 };
                            if (vErrors === null) {
                              vErrors = [err82];
                            } else {
                              vErrors.push(err82);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err83 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/auth/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/contract/properties/auth/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.contract.properties.auth.additionalProperties.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.auth.additionalProperties, data: data45 };
                        if (vErrors === null) {
                          vErrors = [err83];
                        } else {
                          vErrors.push(err83);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err84 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/auth", schemaPath: "#/properties/integrations/items/properties/contract/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.contract.properties.auth.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.auth, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
                if (data36.checks !== void 0) {
                  let data47 = data36.checks;
                  if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                    for (const key11 in data47) {
                      if (!func7.call(schema11.properties.integrations.items.properties.contract.properties.checks.properties, key11)) {
                        const err85 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/checks", schemaPath: "#/properties/integrations/items/properties/contract/properties/checks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.contract.properties.checks, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err85];
                        } else {
                          vErrors.push(err85);
                        }
                        errors++;
                      }
                    }
                    if (data47.not_a_server_error !== void 0) {
                      let data48 = data47.not_a_server_error;
                      if (typeof data48 !== "boolean") {
                        const err86 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/checks/not_a_server_error", schemaPath: "#/properties/integrations/items/properties/contract/properties/checks/properties/not_a_server_error/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.not_a_server_error.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.not_a_server_error, data: data48 };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                    if (data47.status_code_conformance !== void 0) {
                      let data49 = data47.status_code_conformance;
                      if (typeof data49 !== "boolean") {
                        const err87 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/checks/status_code_conformance", schemaPath: "#/properties/integrations/items/properties/contract/properties/checks/properties/status_code_conformance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.status_code_conformance.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.status_code_conformance, data: data49 };
                        if (vErrors === null) {
                          vErrors = [err87];
                        } else {
                          vErrors.push(err87);
                        }
                        errors++;
                      }
                    }
                    if (data47.content_type_conformance !== void 0) {
                      let data50 = data47.content_type_conformance;
                      if (typeof data50 !== "boolean") {
                        const err88 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/checks/content_type_conformance", schemaPath: "#/properties/integrations/items/properties/contract/properties/checks/properties/content_type_conformance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.content_type_conformance.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.content_type_conformance, data: data50 };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                    }
                    if (data47.response_schema_conformance !== void 0) {
                      let data51 = data47.response_schema_conformance;
                      if (typeof data51 !== "boolean") {
                        const err89 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/checks/response_schema_conformance", schemaPath: "#/properties/integrations/items/properties/contract/properties/checks/properties/response_schema_conformance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.response_schema_conformance.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.response_schema_conformance, data: data51 };
                        if (vErrors === null) {
                          vErrors = [err89];
                        } else {
                          vErrors.push(err89);
                        }
                        errors++;
                      }
                    }
                    if (data47.response_headers_conformance !== void 0) {
                      let data52 = data47.response_headers_conformance;
                      if (typeof data52 !== "boolean") {
                        const err90 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/checks/response_headers_conformance", schemaPath: "#/properties/integrations/items/properties/contract/properties/checks/properties/response_headers_conformance/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.response_headers_conformance.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.response_headers_conformance, data: data52 };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                    if (data47.negative_data_rejection !== void 0) {
                      let data53 = data47.negative_data_rejection;
                      if (typeof data53 !== "boolean") {
                        const err91 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/checks/negative_data_rejection", schemaPath: "#/properties/integrations/items/properties/contract/properties/checks/properties/negative_data_rejection/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.negative_data_rejection.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.negative_data_rejection, data: data53 };
                        if (vErrors === null) {
                          vErrors = [err91];
                        } else {
                          vErrors.push(err91);
                        }
                        errors++;
                      }
                    }
                    if (data47.round_trip !== void 0) {
                      let data54 = data47.round_trip;
                      if (typeof data54 !== "boolean") {
                        const err92 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/checks/round_trip", schemaPath: "#/properties/integrations/items/properties/contract/properties/checks/properties/round_trip/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.round_trip.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.round_trip, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err92];
                        } else {
                          vErrors.push(err92);
                        }
                        errors++;
                      }
                    }
                    if (data47.max_response_time !== void 0) {
                      let data55 = data47.max_response_time;
                      if (typeof data55 === "string") {
                        if (!pattern4.test(data55)) {
                          const err93 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/checks/max_response_time", schemaPath: "#/properties/integrations/items/properties/contract/properties/checks/properties/max_response_time/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.max_response_time, data: data55 };
                          if (vErrors === null) {
                            vErrors = [err93];
                          } else {
                            vErrors.push(err93);
                          }
                          errors++;
                        }
                      } else {
                        const err94 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/checks/max_response_time", schemaPath: "#/properties/integrations/items/properties/contract/properties/checks/properties/max_response_time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.max_response_time.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.max_response_time, data: data55 };
                        if (vErrors === null) {
                          vErrors = [err94];
                        } else {
                          vErrors.push(err94);
                        }
                        errors++;
                      }
                    }
                    if (data47.request_timeout !== void 0) {
                      let data56 = data47.request_timeout;
                      if (typeof data56 === "string") {
                        if (!pattern4.test(data56)) {
                          const err95 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/checks/request_timeout", schemaPath: "#/properties/integrations/items/properties/contract/properties/checks/properties/request_timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.request_timeout, data: data56 };
                          if (vErrors === null) {
                            vErrors = [err95];
                          } else {
                            vErrors.push(err95);
                          }
                          errors++;
                        }
                      } else {
                        const err96 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/checks/request_timeout", schemaPath: "#/properties/integrations/items/properties/contract/properties/checks/properties/request_timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.request_timeout.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.checks.properties.request_timeout, data: data56 };
                        if (vErrors === null) {
                          vErrors = [err96];
                        } else {
                          vErrors.push(err96);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err97 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/checks", schemaPath: "#/properties/integrations/items/properties/contract/properties/checks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.contract.properties.checks.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.checks, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data36.waivers !== void 0) {
                  let data57 = data36.waivers;
                  if (Array.isArray(data57)) {
                    const len7 = data57.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                      let data58 = data57[i7];
                      if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                        if (data58.operation === void 0) {
                          const err98 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/waivers/" + i7, schemaPath: "#/properties/integrations/items/properties/contract/properties/waivers/items/required", keyword: "required", params: { missingProperty: "operation" }, message: "must have required property 'operation'", schema: schema11.properties.integrations.items.properties.contract.properties.waivers.items.required, parentSchema: schema11.properties.integrations.items.properties.contract.properties.waivers.items, data: data58 };
                          if (vErrors === null) {
                            vErrors = [err98];
                          } else {
                            vErrors.push(err98);
                          }
                          errors++;
                        }
                        if (data58.check === void 0) {
                          const err99 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/waivers/" + i7, schemaPath: "#/properties/integrations/items/properties/contract/properties/waivers/items/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property 'check'", schema: schema11.properties.integrations.items.properties.contract.properties.waivers.items.required, parentSchema: schema11.properties.integrations.items.properties.contract.properties.waivers.items, data: data58 };
                          if (vErrors === null) {
                            vErrors = [err99];
                          } else {
                            vErrors.push(err99);
                          }
                          errors++;
                        }
                        if (data58.reason === void 0) {
                          const err100 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/waivers/" + i7, schemaPath: "#/properties/integrations/items/properties/contract/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.integrations.items.properties.contract.properties.waivers.items.required, parentSchema: schema11.properties.integrations.items.properties.contract.properties.waivers.items, data: data58 };
                          if (vErrors === null) {
                            vErrors = [err100];
                          } else {
                            vErrors.push(err100);
                          }
                          errors++;
                        }
                        for (const key12 in data58) {
                          if (!(key12 === "operation" || key12 === "check" || key12 === "reason")) {
                            const err101 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/waivers/" + i7, schemaPath: "#/properties/integrations/items/properties/contract/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.contract.properties.waivers.items, data: data58 };
                            if (vErrors === null) {
                              vErrors = [err101];
                            } else {
                              vErrors.push(err101);
                            }
                            errors++;
                          }
                        }
                        if (data58.operation !== void 0) {
                          let data59 = data58.operation;
                          if (typeof data59 === "string") {
                            if (func2(data59) < 1) {
                              const err102 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/waivers/" + i7 + "/operation", schemaPath: "#/properties/integrations/items/properties/contract/properties/waivers/items/properties/operation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.integrations.items.properties.contract.properties.waivers.items.properties.operation, data: data59 };
                              if (vErrors === null) {
                                vErrors = [err102];
                              } else {
                                vErrors.push(err102);
                              }
                              errors++;
                            }
                          } else {
                            const err103 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/waivers/" + i7 + "/operation", schemaPath: "#/properties/integrations/items/properties/contract/properties/waivers/items/properties/operation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.waivers.items.properties.operation.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.waivers.items.properties.operation, data: data59 };
                            if (vErrors === null) {
                              vErrors = [err103];
                            } else {
                              vErrors.push(err103);
                            }
                            errors++;
                          }
                        }
                        if (data58.check !== void 0) {
                          let data60 = data58.check;
                          if (typeof data60 !== "string") {
                            const err104 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/waivers/" + i7 + "/check", schemaPath: "#/properties/integrations/items/properties/contract/properties/waivers/items/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.waivers.items.properties.check.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.waivers.items.properties.check, data: data60 };
                            if (vErrors === null) {
                              vErrors = [err104];
                            } else {
                              vErrors.push(err104);
                            }
                            errors++;
                          }
                          if (!(data60 === "not_a_server_error" || data60 === "status_code_conformance" || data60 === "content_type_conformance" || data60 === "response_schema_conformance" || data60 === "response_headers_conformance" || data60 === "negative_data_rejection" || data60 === "max_response_time" || data60 === "round_trip" || data60 === "external_command" || data60 === "*")) {
                            const err105 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/waivers/" + i7 + "/check", schemaPath: "#/properties/integrations/items/properties/contract/properties/waivers/items/properties/check/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.contract.properties.waivers.items.properties.check.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.contract.properties.waivers.items.properties.check.enum, parentSchema: schema11.properties.integrations.items.properties.contract.properties.waivers.items.properties.check, data: data60 };
                            if (vErrors === null) {
                              vErrors = [err105];
                            } else {
                              vErrors.push(err105);
                            }
                            errors++;
                          }
                        }
                        if (data58.reason !== void 0) {
                          let data61 = data58.reason;
                          if (typeof data61 === "string") {
                            if (func2(data61) < 3) {
                              const err106 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/waivers/" + i7 + "/reason", schemaPath: "#/properties/integrations/items/properties/contract/properties/waivers/items/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema11.properties.integrations.items.properties.contract.properties.waivers.items.properties.reason, data: data61 };
                              if (vErrors === null) {
                                vErrors = [err106];
                              } else {
                                vErrors.push(err106);
                              }
                              errors++;
                            }
                          } else {
                            const err107 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/waivers/" + i7 + "/reason", schemaPath: "#/properties/integrations/items/properties/contract/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.waivers.items.properties.reason.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.waivers.items.properties.reason, data: data61 };
                            if (vErrors === null) {
                              vErrors = [err107];
                            } else {
                              vErrors.push(err107);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err108 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/waivers/" + i7, schemaPath: "#/properties/integrations/items/properties/contract/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.contract.properties.waivers.items.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.waivers.items, data: data58 };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err109 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/waivers", schemaPath: "#/properties/integrations/items/properties/contract/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.contract.properties.waivers.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.waivers, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data36.flows !== void 0) {
                  let data62 = data36.flows;
                  if (Array.isArray(data62)) {
                    const len8 = data62.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                      let data63 = data62[i8];
                      if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                        if (data63.name === void 0) {
                          const err110 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8, schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.required, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items, data: data63 };
                          if (vErrors === null) {
                            vErrors = [err110];
                          } else {
                            vErrors.push(err110);
                          }
                          errors++;
                        }
                        if (data63.steps === void 0) {
                          const err111 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8, schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.required, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items, data: data63 };
                          if (vErrors === null) {
                            vErrors = [err111];
                          } else {
                            vErrors.push(err111);
                          }
                          errors++;
                        }
                        for (const key13 in data63) {
                          if (!(key13 === "name" || key13 === "steps")) {
                            const err112 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8, schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items, data: data63 };
                            if (vErrors === null) {
                              vErrors = [err112];
                            } else {
                              vErrors.push(err112);
                            }
                            errors++;
                          }
                        }
                        if (data63.name !== void 0) {
                          let data64 = data63.name;
                          if (typeof data64 === "string") {
                            if (func2(data64) < 1) {
                              const err113 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/name", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.name, data: data64 };
                              if (vErrors === null) {
                                vErrors = [err113];
                              } else {
                                vErrors.push(err113);
                              }
                              errors++;
                            }
                          } else {
                            const err114 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/name", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.name.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.name, data: data64 };
                            if (vErrors === null) {
                              vErrors = [err114];
                            } else {
                              vErrors.push(err114);
                            }
                            errors++;
                          }
                        }
                        if (data63.steps !== void 0) {
                          let data65 = data63.steps;
                          if (Array.isArray(data65)) {
                            if (data65.length < 1) {
                              const err115 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps, data: data65 };
                              if (vErrors === null) {
                                vErrors = [err115];
                              } else {
                                vErrors.push(err115);
                              }
                              errors++;
                            }
                            const len9 = data65.length;
                            for (let i9 = 0; i9 < len9; i9++) {
                              let data66 = data65[i9];
                              if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                                if (data66.id === void 0) {
                                  const err116 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9, schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.required, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items, data: data66 };
                                  if (vErrors === null) {
                                    vErrors = [err116];
                                  } else {
                                    vErrors.push(err116);
                                  }
                                  errors++;
                                }
                                for (const key14 in data66) {
                                  if (!func7.call(schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties, key14)) {
                                    const err117 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9, schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items, data: data66 };
                                    if (vErrors === null) {
                                      vErrors = [err117];
                                    } else {
                                      vErrors.push(err117);
                                    }
                                    errors++;
                                  }
                                }
                                if (data66.id !== void 0) {
                                  let data67 = data66.id;
                                  if (typeof data67 === "string") {
                                    if (!pattern17.test(data67)) {
                                      const err118 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/id", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]+$" }, message: 'must match pattern "^[A-Za-z0-9_-]+$"', schema: "^[A-Za-z0-9_-]+$", parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.id, data: data67 };
                                      if (vErrors === null) {
                                        vErrors = [err118];
                                      } else {
                                        vErrors.push(err118);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err119 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/id", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.id.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.id, data: data67 };
                                    if (vErrors === null) {
                                      vErrors = [err119];
                                    } else {
                                      vErrors.push(err119);
                                    }
                                    errors++;
                                  }
                                }
                                if (data66.operation !== void 0) {
                                  let data68 = data66.operation;
                                  if (typeof data68 === "string") {
                                    if (func2(data68) < 1) {
                                      const err120 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/operation", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/operation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.operation, data: data68 };
                                      if (vErrors === null) {
                                        vErrors = [err120];
                                      } else {
                                        vErrors.push(err120);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err121 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/operation", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/operation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.operation.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.operation, data: data68 };
                                    if (vErrors === null) {
                                      vErrors = [err121];
                                    } else {
                                      vErrors.push(err121);
                                    }
                                    errors++;
                                  }
                                }
                                if (data66.link !== void 0) {
                                  let data69 = data66.link;
                                  if (typeof data69 === "string") {
                                    if (func2(data69) < 1) {
                                      const err122 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/link", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/link/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.link, data: data69 };
                                      if (vErrors === null) {
                                        vErrors = [err122];
                                      } else {
                                        vErrors.push(err122);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err123 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/link", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/link/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.link.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.link, data: data69 };
                                    if (vErrors === null) {
                                      vErrors = [err123];
                                    } else {
                                      vErrors.push(err123);
                                    }
                                    errors++;
                                  }
                                }
                                if (data66.from !== void 0) {
                                  let data70 = data66.from;
                                  if (typeof data70 !== "string") {
                                    const err124 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/from", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.from.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.from, data: data70 };
                                    if (vErrors === null) {
                                      vErrors = [err124];
                                    } else {
                                      vErrors.push(err124);
                                    }
                                    errors++;
                                  }
                                }
                                if (data66.params !== void 0) {
                                  let data71 = data66.params;
                                  if (!(data71 && typeof data71 == "object" && !Array.isArray(data71))) {
                                    const err125 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/params", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.params.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.params, data: data71 };
                                    if (vErrors === null) {
                                      vErrors = [err125];
                                    } else {
                                      vErrors.push(err125);
                                    }
                                    errors++;
                                  }
                                }
                                if (data66.status !== void 0) {
                                  let data72 = data66.status;
                                  if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)))) {
                                    const err126 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/status", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.status.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.status, data: data72 };
                                    if (vErrors === null) {
                                      vErrors = [err126];
                                    } else {
                                      vErrors.push(err126);
                                    }
                                    errors++;
                                  }
                                  if (typeof data72 == "number") {
                                    if (data72 > 599 || isNaN(data72)) {
                                      const err127 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/status", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.status, data: data72 };
                                      if (vErrors === null) {
                                        vErrors = [err127];
                                      } else {
                                        vErrors.push(err127);
                                      }
                                      errors++;
                                    }
                                    if (data72 < 100 || isNaN(data72)) {
                                      const err128 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/status", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.status, data: data72 };
                                      if (vErrors === null) {
                                        vErrors = [err128];
                                      } else {
                                        vErrors.push(err128);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                                if (data66.outputs !== void 0) {
                                  let data73 = data66.outputs;
                                  if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                                    for (const key15 in data73) {
                                      let data74 = data73[key15];
                                      if (typeof data74 !== "string") {
                                        const err129 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/outputs/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/outputs/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.outputs.additionalProperties.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.outputs.additionalProperties, data: data74 };
                                        if (vErrors === null) {
                                          vErrors = [err129];
                                        } else {
                                          vErrors.push(err129);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err130 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/outputs", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/outputs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.outputs.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.outputs, data: data73 };
                                    if (vErrors === null) {
                                      vErrors = [err130];
                                    } else {
                                      vErrors.push(err130);
                                    }
                                    errors++;
                                  }
                                }
                                if (data66.equals !== void 0) {
                                  let data75 = data66.equals;
                                  if (!(data75 && typeof data75 == "object" && !Array.isArray(data75))) {
                                    const err131 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/equals", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/equals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.equals.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.equals, data: data75 };
                                    if (vErrors === null) {
                                      vErrors = [err131];
                                    } else {
                                      vErrors.push(err131);
                                    }
                                    errors++;
                                  }
                                }
                                if (data66.survives !== void 0) {
                                  let data76 = data66.survives;
                                  if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                                    if (data76.from === void 0) {
                                      const err132 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/survives", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/survives/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.survives.required, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.survives, data: data76 };
                                      if (vErrors === null) {
                                        vErrors = [err132];
                                      } else {
                                        vErrors.push(err132);
                                      }
                                      errors++;
                                    }
                                    if (data76.fields === void 0) {
                                      const err133 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/survives", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/survives/required", keyword: "required", params: { missingProperty: "fields" }, message: "must have required property 'fields'", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.survives.required, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.survives, data: data76 };
                                      if (vErrors === null) {
                                        vErrors = [err133];
                                      } else {
                                        vErrors.push(err133);
                                      }
                                      errors++;
                                    }
                                    for (const key16 in data76) {
                                      if (!(key16 === "from" || key16 === "fields")) {
                                        const err134 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/survives", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/survives/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.survives, data: data76 };
                                        if (vErrors === null) {
                                          vErrors = [err134];
                                        } else {
                                          vErrors.push(err134);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data76.from !== void 0) {
                                      let data77 = data76.from;
                                      if (typeof data77 !== "string") {
                                        const err135 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/survives/from", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/survives/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.survives.properties.from.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.survives.properties.from, data: data77 };
                                        if (vErrors === null) {
                                          vErrors = [err135];
                                        } else {
                                          vErrors.push(err135);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data76.fields !== void 0) {
                                      let data78 = data76.fields;
                                      if (Array.isArray(data78)) {
                                        if (data78.length < 1) {
                                          const err136 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/survives/fields", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/survives/properties/fields/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.survives.properties.fields, data: data78 };
                                          if (vErrors === null) {
                                            vErrors = [err136];
                                          } else {
                                            vErrors.push(err136);
                                          }
                                          errors++;
                                        }
                                        const len10 = data78.length;
                                        for (let i10 = 0; i10 < len10; i10++) {
                                          let data79 = data78[i10];
                                          if (typeof data79 !== "string") {
                                            const err137 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/survives/fields/" + i10, schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/survives/properties/fields/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.survives.properties.fields.items.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.survives.properties.fields.items, data: data79 };
                                            if (vErrors === null) {
                                              vErrors = [err137];
                                            } else {
                                              vErrors.push(err137);
                                            }
                                            errors++;
                                          }
                                        }
                                      } else {
                                        const err138 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/survives/fields", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/survives/properties/fields/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.survives.properties.fields.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.survives.properties.fields, data: data78 };
                                        if (vErrors === null) {
                                          vErrors = [err138];
                                        } else {
                                          vErrors.push(err138);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err139 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9 + "/survives", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/properties/survives/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.survives.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.properties.survives, data: data76 };
                                    if (vErrors === null) {
                                      vErrors = [err139];
                                    } else {
                                      vErrors.push(err139);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err140 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps/" + i9, schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.items, data: data66 };
                                if (vErrors === null) {
                                  vErrors = [err140];
                                } else {
                                  vErrors.push(err140);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err141 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8 + "/steps", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items.properties.steps, data: data65 };
                            if (vErrors === null) {
                              vErrors = [err141];
                            } else {
                              vErrors.push(err141);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err142 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows/" + i8, schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.contract.properties.flows.items.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows.items, data: data63 };
                        if (vErrors === null) {
                          vErrors = [err142];
                        } else {
                          vErrors.push(err142);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err143 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/flows", schemaPath: "#/properties/integrations/items/properties/contract/properties/flows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.contract.properties.flows.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.flows, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
                if (data36.command !== void 0) {
                  let data80 = data36.command;
                  if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                    if (data80.run === void 0) {
                      const err144 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command", schemaPath: "#/properties/integrations/items/properties/contract/properties/command/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema11.properties.integrations.items.properties.contract.properties.command.required, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err144];
                      } else {
                        vErrors.push(err144);
                      }
                      errors++;
                    }
                    if (data80.junit === void 0) {
                      const err145 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command", schemaPath: "#/properties/integrations/items/properties/contract/properties/command/required", keyword: "required", params: { missingProperty: "junit" }, message: "must have required property 'junit'", schema: schema11.properties.integrations.items.properties.contract.properties.command.required, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err145];
                      } else {
                        vErrors.push(err145);
                      }
                      errors++;
                    }
                    for (const key17 in data80) {
                      if (!(key17 === "run" || key17 === "junit" || key17 === "cwd" || key17 === "timeout")) {
                        const err146 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command", schemaPath: "#/properties/integrations/items/properties/contract/properties/command/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command, data: data80 };
                        if (vErrors === null) {
                          vErrors = [err146];
                        } else {
                          vErrors.push(err146);
                        }
                        errors++;
                      }
                    }
                    if (data80.run !== void 0) {
                      let data81 = data80.run;
                      if (typeof data81 === "string") {
                        if (func2(data81) < 1) {
                          const err147 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command/run", schemaPath: "#/properties/integrations/items/properties/contract/properties/command/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command.properties.run, data: data81 };
                          if (vErrors === null) {
                            vErrors = [err147];
                          } else {
                            vErrors.push(err147);
                          }
                          errors++;
                        }
                      } else {
                        const err148 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command/run", schemaPath: "#/properties/integrations/items/properties/contract/properties/command/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.command.properties.run.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command.properties.run, data: data81 };
                        if (vErrors === null) {
                          vErrors = [err148];
                        } else {
                          vErrors.push(err148);
                        }
                        errors++;
                      }
                    }
                    if (data80.junit !== void 0) {
                      let data82 = data80.junit;
                      const _errs183 = errors;
                      let valid40 = false;
                      const _errs184 = errors;
                      if (typeof data82 === "string") {
                        if (func2(data82) < 1) {
                          const err149 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command/junit", schemaPath: "#/properties/integrations/items/properties/contract/properties/command/properties/junit/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command.properties.junit.anyOf[0], data: data82 };
                          if (vErrors === null) {
                            vErrors = [err149];
                          } else {
                            vErrors.push(err149);
                          }
                          errors++;
                        }
                      } else {
                        const err150 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command/junit", schemaPath: "#/properties/integrations/items/properties/contract/properties/command/properties/junit/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.command.properties.junit.anyOf[0].type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command.properties.junit.anyOf[0], data: data82 };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                      var _valid0 = _errs184 === errors;
                      valid40 = valid40 || _valid0;
                      if (!valid40) {
                        const _errs186 = errors;
                        if (Array.isArray(data82)) {
                          if (data82.length < 1) {
                            const err151 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command/junit", schemaPath: "#/properties/integrations/items/properties/contract/properties/command/properties/junit/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command.properties.junit.anyOf[1], data: data82 };
                            if (vErrors === null) {
                              vErrors = [err151];
                            } else {
                              vErrors.push(err151);
                            }
                            errors++;
                          }
                          const len11 = data82.length;
                          for (let i11 = 0; i11 < len11; i11++) {
                            let data83 = data82[i11];
                            if (typeof data83 === "string") {
                              if (func2(data83) < 1) {
                                const err152 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command/junit/" + i11, schemaPath: "#/properties/integrations/items/properties/contract/properties/command/properties/junit/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command.properties.junit.anyOf[1].items, data: data83 };
                                if (vErrors === null) {
                                  vErrors = [err152];
                                } else {
                                  vErrors.push(err152);
                                }
                                errors++;
                              }
                            } else {
                              const err153 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command/junit/" + i11, schemaPath: "#/properties/integrations/items/properties/contract/properties/command/properties/junit/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.command.properties.junit.anyOf[1].items.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command.properties.junit.anyOf[1].items, data: data83 };
                              if (vErrors === null) {
                                vErrors = [err153];
                              } else {
                                vErrors.push(err153);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err154 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command/junit", schemaPath: "#/properties/integrations/items/properties/contract/properties/command/properties/junit/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.contract.properties.command.properties.junit.anyOf[1].type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command.properties.junit.anyOf[1], data: data82 };
                          if (vErrors === null) {
                            vErrors = [err154];
                          } else {
                            vErrors.push(err154);
                          }
                          errors++;
                        }
                        var _valid0 = _errs186 === errors;
                        valid40 = valid40 || _valid0;
                      }
                      if (!valid40) {
                        const err155 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command/junit", schemaPath: "#/properties/integrations/items/properties/contract/properties/command/properties/junit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.integrations.items.properties.contract.properties.command.properties.junit.anyOf, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command.properties.junit, data: data82 };
                        if (vErrors === null) {
                          vErrors = [err155];
                        } else {
                          vErrors.push(err155);
                        }
                        errors++;
                      } else {
                        errors = _errs183;
                        if (vErrors !== null) {
                          if (_errs183) {
                            vErrors.length = _errs183;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data80.cwd !== void 0) {
                      let data84 = data80.cwd;
                      if (typeof data84 !== "string") {
                        const err156 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command/cwd", schemaPath: "#/properties/integrations/items/properties/contract/properties/command/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.command.properties.cwd.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command.properties.cwd, data: data84 };
                        if (vErrors === null) {
                          vErrors = [err156];
                        } else {
                          vErrors.push(err156);
                        }
                        errors++;
                      }
                    }
                    if (data80.timeout !== void 0) {
                      let data85 = data80.timeout;
                      if (typeof data85 === "string") {
                        if (!pattern4.test(data85)) {
                          const err157 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command/timeout", schemaPath: "#/properties/integrations/items/properties/contract/properties/command/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.properties.integrations.items.properties.contract.properties.command.properties.timeout, data: data85 };
                          if (vErrors === null) {
                            vErrors = [err157];
                          } else {
                            vErrors.push(err157);
                          }
                          errors++;
                        }
                      } else {
                        const err158 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command/timeout", schemaPath: "#/properties/integrations/items/properties/contract/properties/command/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.contract.properties.command.properties.timeout.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command.properties.timeout, data: data85 };
                        if (vErrors === null) {
                          vErrors = [err158];
                        } else {
                          vErrors.push(err158);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err159 = { instancePath: instancePath + "/integrations/" + i4 + "/contract/command", schemaPath: "#/properties/integrations/items/properties/contract/properties/command/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.contract.properties.command.type, parentSchema: schema11.properties.integrations.items.properties.contract.properties.command, data: data80 };
                    if (vErrors === null) {
                      vErrors = [err159];
                    } else {
                      vErrors.push(err159);
                    }
                    errors++;
                  }
                }
              } else {
                const err160 = { instancePath: instancePath + "/integrations/" + i4 + "/contract", schemaPath: "#/properties/integrations/items/properties/contract/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.contract.type, parentSchema: schema11.properties.integrations.items.properties.contract, data: data36 };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
            if (data30.tests !== void 0) {
              let data86 = data30.tests;
              if (Array.isArray(data86)) {
                if (data86.length < 1) {
                  const err161 = { instancePath: instancePath + "/integrations/" + i4 + "/tests", schemaPath: "#/properties/integrations/items/properties/tests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.integrations.items.properties.tests, data: data86 };
                  if (vErrors === null) {
                    vErrors = [err161];
                  } else {
                    vErrors.push(err161);
                  }
                  errors++;
                }
                const len12 = data86.length;
                for (let i12 = 0; i12 < len12; i12++) {
                  let data87 = data86[i12];
                  if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                    if (data87.command === void 0) {
                      const err162 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12, schemaPath: "#/properties/integrations/items/properties/tests/items/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema11.properties.integrations.items.properties.tests.items.required, parentSchema: schema11.properties.integrations.items.properties.tests.items, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err162];
                      } else {
                        vErrors.push(err162);
                      }
                      errors++;
                    }
                    if (data87.junit === void 0) {
                      const err163 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12, schemaPath: "#/properties/integrations/items/properties/tests/items/required", keyword: "required", params: { missingProperty: "junit" }, message: "must have required property 'junit'", schema: schema11.properties.integrations.items.properties.tests.items.required, parentSchema: schema11.properties.integrations.items.properties.tests.items, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err163];
                      } else {
                        vErrors.push(err163);
                      }
                      errors++;
                    }
                    for (const key18 in data87) {
                      if (!(key18 === "name" || key18 === "command" || key18 === "junit" || key18 === "cwd" || key18 === "env" || key18 === "timeout")) {
                        const err164 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12, schemaPath: "#/properties/integrations/items/properties/tests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.tests.items, data: data87 };
                        if (vErrors === null) {
                          vErrors = [err164];
                        } else {
                          vErrors.push(err164);
                        }
                        errors++;
                      }
                    }
                    if (data87.name !== void 0) {
                      let data88 = data87.name;
                      if (typeof data88 !== "string") {
                        const err165 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/name", schemaPath: "#/properties/integrations/items/properties/tests/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.tests.items.properties.name.type, parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.name, data: data88 };
                        if (vErrors === null) {
                          vErrors = [err165];
                        } else {
                          vErrors.push(err165);
                        }
                        errors++;
                      }
                    }
                    if (data87.command !== void 0) {
                      let data89 = data87.command;
                      if (typeof data89 === "string") {
                        if (func2(data89) < 1) {
                          const err166 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/command", schemaPath: "#/properties/integrations/items/properties/tests/items/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.command, data: data89 };
                          if (vErrors === null) {
                            vErrors = [err166];
                          } else {
                            vErrors.push(err166);
                          }
                          errors++;
                        }
                      } else {
                        const err167 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/command", schemaPath: "#/properties/integrations/items/properties/tests/items/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.tests.items.properties.command.type, parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.command, data: data89 };
                        if (vErrors === null) {
                          vErrors = [err167];
                        } else {
                          vErrors.push(err167);
                        }
                        errors++;
                      }
                    }
                    if (data87.junit !== void 0) {
                      let data90 = data87.junit;
                      const _errs204 = errors;
                      let valid46 = false;
                      const _errs205 = errors;
                      if (typeof data90 === "string") {
                        if (func2(data90) < 1) {
                          const err168 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/junit", schemaPath: "#/properties/integrations/items/properties/tests/items/properties/junit/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.junit.anyOf[0], data: data90 };
                          if (vErrors === null) {
                            vErrors = [err168];
                          } else {
                            vErrors.push(err168);
                          }
                          errors++;
                        }
                      } else {
                        const err169 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/junit", schemaPath: "#/properties/integrations/items/properties/tests/items/properties/junit/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.tests.items.properties.junit.anyOf[0].type, parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.junit.anyOf[0], data: data90 };
                        if (vErrors === null) {
                          vErrors = [err169];
                        } else {
                          vErrors.push(err169);
                        }
                        errors++;
                      }
                      var _valid1 = _errs205 === errors;
                      valid46 = valid46 || _valid1;
                      if (!valid46) {
                        const _errs207 = errors;
                        if (Array.isArray(data90)) {
                          if (data90.length < 1) {
                            const err170 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/junit", schemaPath: "#/properties/integrations/items/properties/tests/items/properties/junit/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.junit.anyOf[1], data: data90 };
                            if (vErrors === null) {
                              vErrors = [err170];
                            } else {
                              vErrors.push(err170);
                            }
                            errors++;
                          }
                          const len13 = data90.length;
                          for (let i13 = 0; i13 < len13; i13++) {
                            let data91 = data90[i13];
                            if (typeof data91 === "string") {
                              if (func2(data91) < 1) {
                                const err171 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/junit/" + i13, schemaPath: "#/properties/integrations/items/properties/tests/items/properties/junit/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.junit.anyOf[1].items, data: data91 };
                                if (vErrors === null) {
                                  vErrors = [err171];
                                } else {
                                  vErrors.push(err171);
                                }
                                errors++;
                              }
                            } else {
                              const err172 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/junit/" + i13, schemaPath: "#/properties/integrations/items/properties/tests/items/properties/junit/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.tests.items.properties.junit.anyOf[1].items.type, parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.junit.anyOf[1].items, data: data91 };
                              if (vErrors === null) {
                                vErrors = [err172];
                              } else {
                                vErrors.push(err172);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err173 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/junit", schemaPath: "#/properties/integrations/items/properties/tests/items/properties/junit/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.tests.items.properties.junit.anyOf[1].type, parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.junit.anyOf[1], data: data90 };
                          if (vErrors === null) {
                            vErrors = [err173];
                          } else {
                            vErrors.push(err173);
                          }
                          errors++;
                        }
                        var _valid1 = _errs207 === errors;
                        valid46 = valid46 || _valid1;
                      }
                      if (!valid46) {
                        const err174 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/junit", schemaPath: "#/properties/integrations/items/properties/tests/items/properties/junit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.integrations.items.properties.tests.items.properties.junit.anyOf, parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.junit, data: data90 };
                        if (vErrors === null) {
                          vErrors = [err174];
                        } else {
                          vErrors.push(err174);
                        }
                        errors++;
                      } else {
                        errors = _errs204;
                        if (vErrors !== null) {
                          if (_errs204) {
                            vErrors.length = _errs204;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data87.cwd !== void 0) {
                      let data92 = data87.cwd;
                      if (typeof data92 !== "string") {
                        const err175 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/cwd", schemaPath: "#/properties/integrations/items/properties/tests/items/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.tests.items.properties.cwd.type, parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.cwd, data: data92 };
                        if (vErrors === null) {
                          vErrors = [err175];
                        } else {
                          vErrors.push(err175);
                        }
                        errors++;
                      }
                    }
                    if (data87.env !== void 0) {
                      let data93 = data87.env;
                      if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                        for (const key19 in data93) {
                          let data94 = data93[key19];
                          if (typeof data94 !== "string") {
                            const err176 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/env/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/tests/items/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.tests.items.properties.env.additionalProperties.type, parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.env.additionalProperties, data: data94 };
                            if (vErrors === null) {
                              vErrors = [err176];
                            } else {
                              vErrors.push(err176);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err177 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/env", schemaPath: "#/properties/integrations/items/properties/tests/items/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.tests.items.properties.env.type, parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.env, data: data93 };
                        if (vErrors === null) {
                          vErrors = [err177];
                        } else {
                          vErrors.push(err177);
                        }
                        errors++;
                      }
                    }
                    if (data87.timeout !== void 0) {
                      let data95 = data87.timeout;
                      if (typeof data95 === "string") {
                        if (!pattern4.test(data95)) {
                          const err178 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/timeout", schemaPath: "#/properties/integrations/items/properties/tests/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.timeout, data: data95 };
                          if (vErrors === null) {
                            vErrors = [err178];
                          } else {
                            vErrors.push(err178);
                          }
                          errors++;
                        }
                      } else {
                        const err179 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12 + "/timeout", schemaPath: "#/properties/integrations/items/properties/tests/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.tests.items.properties.timeout.type, parentSchema: schema11.properties.integrations.items.properties.tests.items.properties.timeout, data: data95 };
                        if (vErrors === null) {
                          vErrors = [err179];
                        } else {
                          vErrors.push(err179);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err180 = { instancePath: instancePath + "/integrations/" + i4 + "/tests/" + i12, schemaPath: "#/properties/integrations/items/properties/tests/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.tests.items.type, parentSchema: schema11.properties.integrations.items.properties.tests.items, data: data87 };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                }
              } else {
                const err181 = { instancePath: instancePath + "/integrations/" + i4 + "/tests", schemaPath: "#/properties/integrations/items/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.tests.type, parentSchema: schema11.properties.integrations.items.properties.tests, data: data86 };
                if (vErrors === null) {
                  vErrors = [err181];
                } else {
                  vErrors.push(err181);
                }
                errors++;
              }
            }
            if (data30.load !== void 0) {
              let data96 = data30.load;
              if (Array.isArray(data96)) {
                const len14 = data96.length;
                for (let i14 = 0; i14 < len14; i14++) {
                  let data97 = data96[i14];
                  const _errs224 = errors;
                  let valid52 = true;
                  const _errs225 = errors;
                  if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                    let missing0;
                    if (data97.engine === void 0 && (missing0 = "engine")) {
                      const err182 = {};
                      if (vErrors === null) {
                        vErrors = [err182];
                      } else {
                        vErrors.push(err182);
                      }
                      errors++;
                    } else {
                      if (data97.engine !== void 0) {
                        if ("k6" !== data97.engine) {
                          const err183 = {};
                          if (vErrors === null) {
                            vErrors = [err183];
                          } else {
                            vErrors.push(err183);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                  var _valid2 = _errs225 === errors;
                  errors = _errs224;
                  if (vErrors !== null) {
                    if (_errs224) {
                      vErrors.length = _errs224;
                    } else {
                      vErrors = null;
                    }
                  }
                  let ifClause0;
                  if (_valid2) {
                    const _errs227 = errors;
                    if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                      if (data97.script === void 0) {
                        const err184 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14, schemaPath: "#/properties/integrations/items/properties/load/items/then/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property 'script'", schema: schema11.properties.integrations.items.properties.load.items.then.required, parentSchema: schema11.properties.integrations.items.properties.load.items.then, data: data97 };
                        if (vErrors === null) {
                          vErrors = [err184];
                        } else {
                          vErrors.push(err184);
                        }
                        errors++;
                      }
                    }
                    var _valid2 = _errs227 === errors;
                    valid52 = _valid2;
                    ifClause0 = "then";
                  } else {
                    const _errs228 = errors;
                    if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                      if (data97.requests === void 0) {
                        const err185 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14, schemaPath: "#/properties/integrations/items/properties/load/items/else/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema11.properties.integrations.items.properties.load.items.else.required, parentSchema: schema11.properties.integrations.items.properties.load.items.else, data: data97 };
                        if (vErrors === null) {
                          vErrors = [err185];
                        } else {
                          vErrors.push(err185);
                        }
                        errors++;
                      }
                    }
                    var _valid2 = _errs228 === errors;
                    valid52 = _valid2;
                    ifClause0 = "else";
                  }
                  if (!valid52) {
                    const err186 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14, schemaPath: "#/properties/integrations/items/properties/load/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema11.properties.integrations.items.properties.load.items.if, parentSchema: schema11.properties.integrations.items.properties.load.items, data: data97 };
                    if (vErrors === null) {
                      vErrors = [err186];
                    } else {
                      vErrors.push(err186);
                    }
                    errors++;
                  }
                  if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                    for (const key20 in data97) {
                      if (!func7.call(schema11.properties.integrations.items.properties.load.items.properties, key20)) {
                        const err187 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14, schemaPath: "#/properties/integrations/items/properties/load/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items, data: data97 };
                        if (vErrors === null) {
                          vErrors = [err187];
                        } else {
                          vErrors.push(err187);
                        }
                        errors++;
                      }
                    }
                    if (data97.name !== void 0) {
                      let data99 = data97.name;
                      if (typeof data99 === "string") {
                        if (!pattern1.test(data99)) {
                          const err188 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/name", schemaPath: "#/properties/integrations/items/properties/load/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.name, data: data99 };
                          if (vErrors === null) {
                            vErrors = [err188];
                          } else {
                            vErrors.push(err188);
                          }
                          errors++;
                        }
                      } else {
                        const err189 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/name", schemaPath: "#/properties/integrations/items/properties/load/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.name.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.name, data: data99 };
                        if (vErrors === null) {
                          vErrors = [err189];
                        } else {
                          vErrors.push(err189);
                        }
                        errors++;
                      }
                    }
                    if (data97.engine !== void 0) {
                      let data100 = data97.engine;
                      if (typeof data100 !== "string") {
                        const err190 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/engine", schemaPath: "#/properties/integrations/items/properties/load/items/properties/engine/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.engine.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.engine, data: data100 };
                        if (vErrors === null) {
                          vErrors = [err190];
                        } else {
                          vErrors.push(err190);
                        }
                        errors++;
                      }
                      if (!(data100 === "builtin" || data100 === "k6")) {
                        const err191 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/engine", schemaPath: "#/properties/integrations/items/properties/load/items/properties/engine/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.engine.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.engine.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.engine, data: data100 };
                        if (vErrors === null) {
                          vErrors = [err191];
                        } else {
                          vErrors.push(err191);
                        }
                        errors++;
                      }
                    }
                    if (data97.url !== void 0) {
                      let data101 = data97.url;
                      if (typeof data101 === "string") {
                        if (!pattern2.test(data101)) {
                          const err192 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/url", schemaPath: "#/properties/integrations/items/properties/load/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.url, data: data101 };
                          if (vErrors === null) {
                            vErrors = [err192];
                          } else {
                            vErrors.push(err192);
                          }
                          errors++;
                        }
                      } else {
                        const err193 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/url", schemaPath: "#/properties/integrations/items/properties/load/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.url.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.url, data: data101 };
                        if (vErrors === null) {
                          vErrors = [err193];
                        } else {
                          vErrors.push(err193);
                        }
                        errors++;
                      }
                    }
                    if (data97.allow_remote !== void 0) {
                      let data102 = data97.allow_remote;
                      if (typeof data102 !== "boolean") {
                        const err194 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/allow_remote", schemaPath: "#/properties/integrations/items/properties/load/items/properties/allow_remote/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.integrations.items.properties.load.items.properties.allow_remote.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.allow_remote, data: data102 };
                        if (vErrors === null) {
                          vErrors = [err194];
                        } else {
                          vErrors.push(err194);
                        }
                        errors++;
                      }
                    }
                    if (data97.requests !== void 0) {
                      let data103 = data97.requests;
                      if (Array.isArray(data103)) {
                        if (data103.length < 1) {
                          const err195 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests", schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests, data: data103 };
                          if (vErrors === null) {
                            vErrors = [err195];
                          } else {
                            vErrors.push(err195);
                          }
                          errors++;
                        }
                        const len15 = data103.length;
                        for (let i15 = 0; i15 < len15; i15++) {
                          let data104 = data103[i15];
                          if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
                            if (data104.path === void 0) {
                              const err196 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15, schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items, data: data104 };
                              if (vErrors === null) {
                                vErrors = [err196];
                              } else {
                                vErrors.push(err196);
                              }
                              errors++;
                            }
                            for (const key21 in data104) {
                              if (!(key21 === "method" || key21 === "path" || key21 === "headers" || key21 === "body" || key21 === "weight")) {
                                const err197 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15, schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items, data: data104 };
                                if (vErrors === null) {
                                  vErrors = [err197];
                                } else {
                                  vErrors.push(err197);
                                }
                                errors++;
                              }
                            }
                            if (data104.method !== void 0) {
                              let data105 = data104.method;
                              if (typeof data105 !== "string") {
                                const err198 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/method", schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.method.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.method, data: data105 };
                                if (vErrors === null) {
                                  vErrors = [err198];
                                } else {
                                  vErrors.push(err198);
                                }
                                errors++;
                              }
                              if (!(data105 === "GET" || data105 === "HEAD" || data105 === "POST" || data105 === "PUT" || data105 === "PATCH" || data105 === "DELETE" || data105 === "OPTIONS")) {
                                const err199 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/method", schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/method/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.method.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.method, data: data105 };
                                if (vErrors === null) {
                                  vErrors = [err199];
                                } else {
                                  vErrors.push(err199);
                                }
                                errors++;
                              }
                            }
                            if (data104.path !== void 0) {
                              let data106 = data104.path;
                              if (typeof data106 === "string") {
                                if (!pattern22.test(data106)) {
                                  const err200 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/path", schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.path, data: data106 };
                                  if (vErrors === null) {
                                    vErrors = [err200];
                                  } else {
                                    vErrors.push(err200);
                                  }
                                  errors++;
                                }
                              } else {
                                const err201 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/path", schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.path.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.path, data: data106 };
                                if (vErrors === null) {
                                  vErrors = [err201];
                                } else {
                                  vErrors.push(err201);
                                }
                                errors++;
                              }
                            }
                            if (data104.headers !== void 0) {
                              let data107 = data104.headers;
                              if (data107 && typeof data107 == "object" && !Array.isArray(data107)) {
                                for (const key22 in data107) {
                                  const _errs249 = errors;
                                  if (typeof key22 === "string") {
                                    if (!pattern23.test(key22)) {
                                      const err202 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/headers", schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/headers/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" }, message: 'must match pattern "^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$"', schema: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.propertyNames, data: key22, propertyName: key22 };
                                      if (vErrors === null) {
                                        vErrors = [err202];
                                      } else {
                                        vErrors.push(err202);
                                      }
                                      errors++;
                                    }
                                  }
                                  var valid58 = _errs249 === errors;
                                  if (!valid58) {
                                    const err203 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/headers", schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/headers/propertyNames", keyword: "propertyNames", params: { propertyName: key22 }, message: "property name must be valid", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.propertyNames, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers, data: data107 };
                                    if (vErrors === null) {
                                      vErrors = [err203];
                                    } else {
                                      vErrors.push(err203);
                                    }
                                    errors++;
                                  }
                                }
                                for (const key23 in data107) {
                                  let data108 = data107[key23];
                                  const _errs252 = errors;
                                  let valid60 = false;
                                  let passing0 = null;
                                  const _errs253 = errors;
                                  if (typeof data108 !== "string") {
                                    const err204 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/headers/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/headers/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.additionalProperties.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.additionalProperties.oneOf[0], data: data108 };
                                    if (vErrors === null) {
                                      vErrors = [err204];
                                    } else {
                                      vErrors.push(err204);
                                    }
                                    errors++;
                                  }
                                  var _valid3 = _errs253 === errors;
                                  if (_valid3) {
                                    valid60 = true;
                                    passing0 = 0;
                                  }
                                  const _errs255 = errors;
                                  if (data108 && typeof data108 == "object" && !Array.isArray(data108)) {
                                    if (data108.fromEnv === void 0) {
                                      const err205 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/headers/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "fromEnv" }, message: "must have required property 'fromEnv'", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1], data: data108 };
                                      if (vErrors === null) {
                                        vErrors = [err205];
                                      } else {
                                        vErrors.push(err205);
                                      }
                                      errors++;
                                    }
                                    for (const key24 in data108) {
                                      if (!(key24 === "fromEnv")) {
                                        const err206 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/headers/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1], data: data108 };
                                        if (vErrors === null) {
                                          vErrors = [err206];
                                        } else {
                                          vErrors.push(err206);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data108.fromEnv !== void 0) {
                                      let data109 = data108.fromEnv;
                                      if (typeof data109 === "string") {
                                        if (!pattern0.test(data109)) {
                                          const err207 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/headers/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/properties/fromEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].properties.fromEnv, data: data109 };
                                          if (vErrors === null) {
                                            vErrors = [err207];
                                          } else {
                                            vErrors.push(err207);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err208 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/headers/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/properties/fromEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].properties.fromEnv.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].properties.fromEnv, data: data109 };
                                        if (vErrors === null) {
                                          vErrors = [err208];
                                        } else {
                                          vErrors.push(err208);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err209 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/headers/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/headers/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.additionalProperties.oneOf[1], data: data108 };
                                    if (vErrors === null) {
                                      vErrors = [err209];
                                    } else {
                                      vErrors.push(err209);
                                    }
                                    errors++;
                                  }
                                  var _valid3 = _errs255 === errors;
                                  if (_valid3 && valid60) {
                                    valid60 = false;
                                    passing0 = [passing0, 1];
                                  } else {
                                    if (_valid3) {
                                      valid60 = true;
                                      passing0 = 1;
                                    }
                                  }
                                  if (!valid60) {
                                    const err210 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/headers/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/headers/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.additionalProperties.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.additionalProperties, data: data108 };
                                    if (vErrors === null) {
                                      vErrors = [err210];
                                    } else {
                                      vErrors.push(err210);
                                    }
                                    errors++;
                                  } else {
                                    errors = _errs252;
                                    if (vErrors !== null) {
                                      if (_errs252) {
                                        vErrors.length = _errs252;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                }
                              } else {
                                const err211 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/headers", schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.headers, data: data107 };
                                if (vErrors === null) {
                                  vErrors = [err211];
                                } else {
                                  vErrors.push(err211);
                                }
                                errors++;
                              }
                            }
                            if (data104.body !== void 0) {
                              let data110 = data104.body;
                              if ((!data110 || typeof data110 != "object") && typeof data110 !== "string") {
                                const err212 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/body", schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/body/type", keyword: "type", params: { type: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.body.type }, message: "must be string,object,array", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.body.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.body, data: data110 };
                                if (vErrors === null) {
                                  vErrors = [err212];
                                } else {
                                  vErrors.push(err212);
                                }
                                errors++;
                              }
                            }
                            if (data104.weight !== void 0) {
                              let data111 = data104.weight;
                              if (typeof data111 == "number") {
                                if (data111 <= 0 || isNaN(data111)) {
                                  const err213 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/weight", schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/weight/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.weight, data: data111 };
                                  if (vErrors === null) {
                                    vErrors = [err213];
                                  } else {
                                    vErrors.push(err213);
                                  }
                                  errors++;
                                }
                              } else {
                                const err214 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15 + "/weight", schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/properties/weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.weight.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.properties.weight, data: data111 };
                                if (vErrors === null) {
                                  vErrors = [err214];
                                } else {
                                  vErrors.push(err214);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err215 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests/" + i15, schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.items.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests.items, data: data104 };
                            if (vErrors === null) {
                              vErrors = [err215];
                            } else {
                              vErrors.push(err215);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err216 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/requests", schemaPath: "#/properties/integrations/items/properties/load/items/properties/requests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.load.items.properties.requests.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.requests, data: data103 };
                        if (vErrors === null) {
                          vErrors = [err216];
                        } else {
                          vErrors.push(err216);
                        }
                        errors++;
                      }
                    }
                    if (data97.rate !== void 0) {
                      let data112 = data97.rate;
                      if (typeof data112 === "string") {
                        if (!pattern25.test(data112)) {
                          const err217 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/rate", schemaPath: "#/properties/integrations/items/properties/load/items/properties/rate/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?/(s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.rate, data: data112 };
                          if (vErrors === null) {
                            vErrors = [err217];
                          } else {
                            vErrors.push(err217);
                          }
                          errors++;
                        }
                      } else {
                        const err218 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/rate", schemaPath: "#/properties/integrations/items/properties/load/items/properties/rate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.rate.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.rate, data: data112 };
                        if (vErrors === null) {
                          vErrors = [err218];
                        } else {
                          vErrors.push(err218);
                        }
                        errors++;
                      }
                    }
                    if (data97.stages !== void 0) {
                      let data113 = data97.stages;
                      if (Array.isArray(data113)) {
                        if (data113.length < 1) {
                          const err219 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/stages", schemaPath: "#/properties/integrations/items/properties/load/items/properties/stages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.stages, data: data113 };
                          if (vErrors === null) {
                            vErrors = [err219];
                          } else {
                            vErrors.push(err219);
                          }
                          errors++;
                        }
                        const len16 = data113.length;
                        for (let i16 = 0; i16 < len16; i16++) {
                          let data114 = data113[i16];
                          if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
                            if (data114.duration === void 0) {
                              const err220 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/stages/" + i16, schemaPath: "#/properties/integrations/items/properties/load/items/properties/stages/items/required", keyword: "required", params: { missingProperty: "duration" }, message: "must have required property 'duration'", schema: schema11.properties.integrations.items.properties.load.items.properties.stages.items.required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.stages.items, data: data114 };
                              if (vErrors === null) {
                                vErrors = [err220];
                              } else {
                                vErrors.push(err220);
                              }
                              errors++;
                            }
                            if (data114.target === void 0) {
                              const err221 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/stages/" + i16, schemaPath: "#/properties/integrations/items/properties/load/items/properties/stages/items/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema11.properties.integrations.items.properties.load.items.properties.stages.items.required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.stages.items, data: data114 };
                              if (vErrors === null) {
                                vErrors = [err221];
                              } else {
                                vErrors.push(err221);
                              }
                              errors++;
                            }
                            for (const key25 in data114) {
                              if (!(key25 === "duration" || key25 === "target")) {
                                const err222 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/stages/" + i16, schemaPath: "#/properties/integrations/items/properties/load/items/properties/stages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.stages.items, data: data114 };
                                if (vErrors === null) {
                                  vErrors = [err222];
                                } else {
                                  vErrors.push(err222);
                                }
                                errors++;
                              }
                            }
                            if (data114.duration !== void 0) {
                              let data115 = data114.duration;
                              if (typeof data115 === "string") {
                                if (!pattern4.test(data115)) {
                                  const err223 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/stages/" + i16 + "/duration", schemaPath: "#/properties/integrations/items/properties/load/items/properties/stages/items/properties/duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.stages.items.properties.duration, data: data115 };
                                  if (vErrors === null) {
                                    vErrors = [err223];
                                  } else {
                                    vErrors.push(err223);
                                  }
                                  errors++;
                                }
                              } else {
                                const err224 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/stages/" + i16 + "/duration", schemaPath: "#/properties/integrations/items/properties/load/items/properties/stages/items/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.stages.items.properties.duration.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.stages.items.properties.duration, data: data115 };
                                if (vErrors === null) {
                                  vErrors = [err224];
                                } else {
                                  vErrors.push(err224);
                                }
                                errors++;
                              }
                            }
                            if (data114.target !== void 0) {
                              let data116 = data114.target;
                              if (typeof data116 === "string") {
                                if (!pattern25.test(data116)) {
                                  const err225 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/stages/" + i16 + "/target", schemaPath: "#/properties/integrations/items/properties/load/items/properties/stages/items/properties/target/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?/(s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.stages.items.properties.target, data: data116 };
                                  if (vErrors === null) {
                                    vErrors = [err225];
                                  } else {
                                    vErrors.push(err225);
                                  }
                                  errors++;
                                }
                              } else {
                                const err226 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/stages/" + i16 + "/target", schemaPath: "#/properties/integrations/items/properties/load/items/properties/stages/items/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.stages.items.properties.target.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.stages.items.properties.target, data: data116 };
                                if (vErrors === null) {
                                  vErrors = [err226];
                                } else {
                                  vErrors.push(err226);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err227 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/stages/" + i16, schemaPath: "#/properties/integrations/items/properties/load/items/properties/stages/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.stages.items.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.stages.items, data: data114 };
                            if (vErrors === null) {
                              vErrors = [err227];
                            } else {
                              vErrors.push(err227);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err228 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/stages", schemaPath: "#/properties/integrations/items/properties/load/items/properties/stages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.load.items.properties.stages.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.stages, data: data113 };
                        if (vErrors === null) {
                          vErrors = [err228];
                        } else {
                          vErrors.push(err228);
                        }
                        errors++;
                      }
                    }
                    if (data97.vus !== void 0) {
                      let data117 = data97.vus;
                      if (!(typeof data117 == "number" && (!(data117 % 1) && !isNaN(data117)))) {
                        const err229 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/vus", schemaPath: "#/properties/integrations/items/properties/load/items/properties/vus/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.integrations.items.properties.load.items.properties.vus.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.vus, data: data117 };
                        if (vErrors === null) {
                          vErrors = [err229];
                        } else {
                          vErrors.push(err229);
                        }
                        errors++;
                      }
                      if (typeof data117 == "number") {
                        if (data117 > 1e4 || isNaN(data117)) {
                          const err230 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/vus", schemaPath: "#/properties/integrations/items/properties/load/items/properties/vus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.vus, data: data117 };
                          if (vErrors === null) {
                            vErrors = [err230];
                          } else {
                            vErrors.push(err230);
                          }
                          errors++;
                        }
                        if (data117 < 1 || isNaN(data117)) {
                          const err231 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/vus", schemaPath: "#/properties/integrations/items/properties/load/items/properties/vus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.vus, data: data117 };
                          if (vErrors === null) {
                            vErrors = [err231];
                          } else {
                            vErrors.push(err231);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data97.think !== void 0) {
                      let data118 = data97.think;
                      if (typeof data118 === "string") {
                        if (!pattern4.test(data118)) {
                          const err232 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/think", schemaPath: "#/properties/integrations/items/properties/load/items/properties/think/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.think, data: data118 };
                          if (vErrors === null) {
                            vErrors = [err232];
                          } else {
                            vErrors.push(err232);
                          }
                          errors++;
                        }
                      } else {
                        const err233 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/think", schemaPath: "#/properties/integrations/items/properties/load/items/properties/think/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.think.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.think, data: data118 };
                        if (vErrors === null) {
                          vErrors = [err233];
                        } else {
                          vErrors.push(err233);
                        }
                        errors++;
                      }
                    }
                    if (data97.duration !== void 0) {
                      let data119 = data97.duration;
                      if (typeof data119 === "string") {
                        if (!pattern4.test(data119)) {
                          const err234 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/duration", schemaPath: "#/properties/integrations/items/properties/load/items/properties/duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.duration, data: data119 };
                          if (vErrors === null) {
                            vErrors = [err234];
                          } else {
                            vErrors.push(err234);
                          }
                          errors++;
                        }
                      } else {
                        const err235 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/duration", schemaPath: "#/properties/integrations/items/properties/load/items/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.duration.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.duration, data: data119 };
                        if (vErrors === null) {
                          vErrors = [err235];
                        } else {
                          vErrors.push(err235);
                        }
                        errors++;
                      }
                    }
                    if (data97.iterations !== void 0) {
                      let data120 = data97.iterations;
                      if (!(typeof data120 == "number" && (!(data120 % 1) && !isNaN(data120)))) {
                        const err236 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/iterations", schemaPath: "#/properties/integrations/items/properties/load/items/properties/iterations/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.integrations.items.properties.load.items.properties.iterations.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.iterations, data: data120 };
                        if (vErrors === null) {
                          vErrors = [err236];
                        } else {
                          vErrors.push(err236);
                        }
                        errors++;
                      }
                      if (typeof data120 == "number") {
                        if (data120 > 1e8 || isNaN(data120)) {
                          const err237 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/iterations", schemaPath: "#/properties/integrations/items/properties/load/items/properties/iterations/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.iterations, data: data120 };
                          if (vErrors === null) {
                            vErrors = [err237];
                          } else {
                            vErrors.push(err237);
                          }
                          errors++;
                        }
                        if (data120 < 1 || isNaN(data120)) {
                          const err238 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/iterations", schemaPath: "#/properties/integrations/items/properties/load/items/properties/iterations/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.iterations, data: data120 };
                          if (vErrors === null) {
                            vErrors = [err238];
                          } else {
                            vErrors.push(err238);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data97.timeout !== void 0) {
                      let data121 = data97.timeout;
                      if (typeof data121 === "string") {
                        if (!pattern4.test(data121)) {
                          const err239 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/timeout", schemaPath: "#/properties/integrations/items/properties/load/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.timeout, data: data121 };
                          if (vErrors === null) {
                            vErrors = [err239];
                          } else {
                            vErrors.push(err239);
                          }
                          errors++;
                        }
                      } else {
                        const err240 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/timeout", schemaPath: "#/properties/integrations/items/properties/load/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.timeout.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.timeout, data: data121 };
                        if (vErrors === null) {
                          vErrors = [err240];
                        } else {
                          vErrors.push(err240);
                        }
                        errors++;
                      }
                    }
                    if (data97.connections !== void 0) {
                      let data122 = data97.connections;
                      if (!(typeof data122 == "number" && (!(data122 % 1) && !isNaN(data122)))) {
                        const err241 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/connections", schemaPath: "#/properties/integrations/items/properties/load/items/properties/connections/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.integrations.items.properties.load.items.properties.connections.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.connections, data: data122 };
                        if (vErrors === null) {
                          vErrors = [err241];
                        } else {
                          vErrors.push(err241);
                        }
                        errors++;
                      }
                      if (typeof data122 == "number") {
                        if (data122 > 1e4 || isNaN(data122)) {
                          const err242 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/connections", schemaPath: "#/properties/integrations/items/properties/load/items/properties/connections/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.connections, data: data122 };
                          if (vErrors === null) {
                            vErrors = [err242];
                          } else {
                            vErrors.push(err242);
                          }
                          errors++;
                        }
                        if (data122 < 1 || isNaN(data122)) {
                          const err243 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/connections", schemaPath: "#/properties/integrations/items/properties/load/items/properties/connections/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.connections, data: data122 };
                          if (vErrors === null) {
                            vErrors = [err243];
                          } else {
                            vErrors.push(err243);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data97.expect !== void 0) {
                      let data123 = data97.expect;
                      if (data123 && typeof data123 == "object" && !Array.isArray(data123)) {
                        for (const key26 in data123) {
                          if (!(key26 === "status")) {
                            const err244 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/expect", schemaPath: "#/properties/integrations/items/properties/load/items/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.expect, data: data123 };
                            if (vErrors === null) {
                              vErrors = [err244];
                            } else {
                              vErrors.push(err244);
                            }
                            errors++;
                          }
                        }
                        if (data123.status !== void 0) {
                          let data124 = data123.status;
                          if (Array.isArray(data124)) {
                            if (data124.length < 1) {
                              const err245 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/expect/status", schemaPath: "#/properties/integrations/items/properties/load/items/properties/expect/properties/status/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.expect.properties.status, data: data124 };
                              if (vErrors === null) {
                                vErrors = [err245];
                              } else {
                                vErrors.push(err245);
                              }
                              errors++;
                            }
                            const len17 = data124.length;
                            for (let i17 = 0; i17 < len17; i17++) {
                              let data125 = data124[i17];
                              if (!(typeof data125 == "number" && (!(data125 % 1) && !isNaN(data125)))) {
                                const err246 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/expect/status/" + i17, schemaPath: "#/properties/integrations/items/properties/load/items/properties/expect/properties/status/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.integrations.items.properties.load.items.properties.expect.properties.status.items.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.expect.properties.status.items, data: data125 };
                                if (vErrors === null) {
                                  vErrors = [err246];
                                } else {
                                  vErrors.push(err246);
                                }
                                errors++;
                              }
                              if (typeof data125 == "number") {
                                if (data125 > 599 || isNaN(data125)) {
                                  const err247 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/expect/status/" + i17, schemaPath: "#/properties/integrations/items/properties/load/items/properties/expect/properties/status/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.expect.properties.status.items, data: data125 };
                                  if (vErrors === null) {
                                    vErrors = [err247];
                                  } else {
                                    vErrors.push(err247);
                                  }
                                  errors++;
                                }
                                if (data125 < 100 || isNaN(data125)) {
                                  const err248 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/expect/status/" + i17, schemaPath: "#/properties/integrations/items/properties/load/items/properties/expect/properties/status/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.expect.properties.status.items, data: data125 };
                                  if (vErrors === null) {
                                    vErrors = [err248];
                                  } else {
                                    vErrors.push(err248);
                                  }
                                  errors++;
                                }
                              }
                            }
                          } else {
                            const err249 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/expect/status", schemaPath: "#/properties/integrations/items/properties/load/items/properties/expect/properties/status/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.load.items.properties.expect.properties.status.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.expect.properties.status, data: data124 };
                            if (vErrors === null) {
                              vErrors = [err249];
                            } else {
                              vErrors.push(err249);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err250 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/expect", schemaPath: "#/properties/integrations/items/properties/load/items/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.expect.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.expect, data: data123 };
                        if (vErrors === null) {
                          vErrors = [err250];
                        } else {
                          vErrors.push(err250);
                        }
                        errors++;
                      }
                    }
                    if (data97.limits !== void 0) {
                      let data126 = data97.limits;
                      if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                        for (const key27 in data126) {
                          if (!func7.call(schema11.properties.integrations.items.properties.load.items.properties.limits.properties, key27)) {
                            const err251 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits, data: data126 };
                            if (vErrors === null) {
                              vErrors = [err251];
                            } else {
                              vErrors.push(err251);
                            }
                            errors++;
                          }
                        }
                        if (data126.start !== void 0) {
                          let data127 = data126.start;
                          if (typeof data127 === "string") {
                            if (!pattern25.test(data127)) {
                              const err252 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/start", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/start/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?/(s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.start, data: data127 };
                              if (vErrors === null) {
                                vErrors = [err252];
                              } else {
                                vErrors.push(err252);
                              }
                              errors++;
                            }
                          } else {
                            const err253 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/start", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.start.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.start, data: data127 };
                            if (vErrors === null) {
                              vErrors = [err253];
                            } else {
                              vErrors.push(err253);
                            }
                            errors++;
                          }
                        }
                        if (data126.max !== void 0) {
                          let data128 = data126.max;
                          if (typeof data128 === "string") {
                            if (!pattern25.test(data128)) {
                              const err254 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/max/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?/(s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?/(s|m|h)$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.max, data: data128 };
                              if (vErrors === null) {
                                vErrors = [err254];
                              } else {
                                vErrors.push(err254);
                              }
                              errors++;
                            }
                          } else {
                            const err255 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/max/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.max.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.max, data: data128 };
                            if (vErrors === null) {
                              vErrors = [err255];
                            } else {
                              vErrors.push(err255);
                            }
                            errors++;
                          }
                        }
                        if (data126.factor !== void 0) {
                          let data129 = data126.factor;
                          if (typeof data129 == "number") {
                            if (data129 > 10 || isNaN(data129)) {
                              const err256 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/factor", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/factor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.factor, data: data129 };
                              if (vErrors === null) {
                                vErrors = [err256];
                              } else {
                                vErrors.push(err256);
                              }
                              errors++;
                            }
                            if (data129 < 1.05 || isNaN(data129)) {
                              const err257 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/factor", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/factor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1.05 }, message: "must be >= 1.05", schema: 1.05, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.factor, data: data129 };
                              if (vErrors === null) {
                                vErrors = [err257];
                              } else {
                                vErrors.push(err257);
                              }
                              errors++;
                            }
                          } else {
                            const err258 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/factor", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/factor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.factor.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.factor, data: data129 };
                            if (vErrors === null) {
                              vErrors = [err258];
                            } else {
                              vErrors.push(err258);
                            }
                            errors++;
                          }
                        }
                        if (data126.step !== void 0) {
                          let data130 = data126.step;
                          if (typeof data130 === "string") {
                            if (!pattern4.test(data130)) {
                              const err259 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/step", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/step/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.step, data: data130 };
                              if (vErrors === null) {
                                vErrors = [err259];
                              } else {
                                vErrors.push(err259);
                              }
                              errors++;
                            }
                          } else {
                            const err260 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/step", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.step.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.step, data: data130 };
                            if (vErrors === null) {
                              vErrors = [err260];
                            } else {
                              vErrors.push(err260);
                            }
                            errors++;
                          }
                        }
                        if (data126.resolution !== void 0) {
                          let data131 = data126.resolution;
                          const _errs306 = errors;
                          let valid69 = false;
                          let passing1 = null;
                          const _errs307 = errors;
                          if (typeof data131 == "number") {
                            if (data131 > 1 || isNaN(data131)) {
                              const err261 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/resolution", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/resolution/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.resolution.oneOf[0], data: data131 };
                              if (vErrors === null) {
                                vErrors = [err261];
                              } else {
                                vErrors.push(err261);
                              }
                              errors++;
                            }
                            if (data131 < 0 || isNaN(data131)) {
                              const err262 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/resolution", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/resolution/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.resolution.oneOf[0], data: data131 };
                              if (vErrors === null) {
                                vErrors = [err262];
                              } else {
                                vErrors.push(err262);
                              }
                              errors++;
                            }
                          } else {
                            const err263 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/resolution", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/resolution/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.resolution.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.resolution.oneOf[0], data: data131 };
                            if (vErrors === null) {
                              vErrors = [err263];
                            } else {
                              vErrors.push(err263);
                            }
                            errors++;
                          }
                          var _valid4 = _errs307 === errors;
                          if (_valid4) {
                            valid69 = true;
                            passing1 = 0;
                          }
                          const _errs309 = errors;
                          if (typeof data131 === "string") {
                            if (!pattern34.test(data131)) {
                              const err264 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/resolution", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/resolution/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.resolution.oneOf[1], data: data131 };
                              if (vErrors === null) {
                                vErrors = [err264];
                              } else {
                                vErrors.push(err264);
                              }
                              errors++;
                            }
                          } else {
                            const err265 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/resolution", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/resolution/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.resolution.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.resolution.oneOf[1], data: data131 };
                            if (vErrors === null) {
                              vErrors = [err265];
                            } else {
                              vErrors.push(err265);
                            }
                            errors++;
                          }
                          var _valid4 = _errs309 === errors;
                          if (_valid4 && valid69) {
                            valid69 = false;
                            passing1 = [passing1, 1];
                          } else {
                            if (_valid4) {
                              valid69 = true;
                              passing1 = 1;
                            }
                          }
                          if (!valid69) {
                            const err266 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/resolution", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/resolution/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.resolution.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.resolution, data: data131 };
                            if (vErrors === null) {
                              vErrors = [err266];
                            } else {
                              vErrors.push(err266);
                            }
                            errors++;
                          } else {
                            errors = _errs306;
                            if (vErrors !== null) {
                              if (_errs306) {
                                vErrors.length = _errs306;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                        if (data126.status !== void 0) {
                          let data132 = data126.status;
                          if (Array.isArray(data132)) {
                            if (data132.length < 1) {
                              const err267 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/status", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/status/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status, data: data132 };
                              if (vErrors === null) {
                                vErrors = [err267];
                              } else {
                                vErrors.push(err267);
                              }
                              errors++;
                            }
                            const len18 = data132.length;
                            for (let i18 = 0; i18 < len18; i18++) {
                              let data133 = data132[i18];
                              if (!(typeof data133 == "number" && (!(data133 % 1) && !isNaN(data133)))) {
                                const err268 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/status/" + i18, schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/status/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status.items.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status.items, data: data133 };
                                if (vErrors === null) {
                                  vErrors = [err268];
                                } else {
                                  vErrors.push(err268);
                                }
                                errors++;
                              }
                              if (typeof data133 == "number") {
                                if (data133 > 599 || isNaN(data133)) {
                                  const err269 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/status/" + i18, schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/status/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status.items, data: data133 };
                                  if (vErrors === null) {
                                    vErrors = [err269];
                                  } else {
                                    vErrors.push(err269);
                                  }
                                  errors++;
                                }
                                if (data133 < 100 || isNaN(data133)) {
                                  const err270 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/status/" + i18, schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/status/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status.items, data: data133 };
                                  if (vErrors === null) {
                                    vErrors = [err270];
                                  } else {
                                    vErrors.push(err270);
                                  }
                                  errors++;
                                }
                              }
                            }
                          } else {
                            const err271 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/status", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/status/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status, data: data132 };
                            if (vErrors === null) {
                              vErrors = [err271];
                            } else {
                              vErrors.push(err271);
                            }
                            errors++;
                          }
                        }
                        if (data126.status_max !== void 0) {
                          let data134 = data126.status_max;
                          const _errs316 = errors;
                          let valid72 = false;
                          let passing2 = null;
                          const _errs317 = errors;
                          if (typeof data134 == "number") {
                            if (data134 > 1 || isNaN(data134)) {
                              const err272 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/status_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/status_max/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status_max.oneOf[0], data: data134 };
                              if (vErrors === null) {
                                vErrors = [err272];
                              } else {
                                vErrors.push(err272);
                              }
                              errors++;
                            }
                            if (data134 < 0 || isNaN(data134)) {
                              const err273 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/status_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/status_max/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status_max.oneOf[0], data: data134 };
                              if (vErrors === null) {
                                vErrors = [err273];
                              } else {
                                vErrors.push(err273);
                              }
                              errors++;
                            }
                          } else {
                            const err274 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/status_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/status_max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status_max.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status_max.oneOf[0], data: data134 };
                            if (vErrors === null) {
                              vErrors = [err274];
                            } else {
                              vErrors.push(err274);
                            }
                            errors++;
                          }
                          var _valid5 = _errs317 === errors;
                          if (_valid5) {
                            valid72 = true;
                            passing2 = 0;
                          }
                          const _errs319 = errors;
                          if (typeof data134 === "string") {
                            if (!pattern34.test(data134)) {
                              const err275 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/status_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/status_max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status_max.oneOf[1], data: data134 };
                              if (vErrors === null) {
                                vErrors = [err275];
                              } else {
                                vErrors.push(err275);
                              }
                              errors++;
                            }
                          } else {
                            const err276 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/status_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/status_max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status_max.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status_max.oneOf[1], data: data134 };
                            if (vErrors === null) {
                              vErrors = [err276];
                            } else {
                              vErrors.push(err276);
                            }
                            errors++;
                          }
                          var _valid5 = _errs319 === errors;
                          if (_valid5 && valid72) {
                            valid72 = false;
                            passing2 = [passing2, 1];
                          } else {
                            if (_valid5) {
                              valid72 = true;
                              passing2 = 1;
                            }
                          }
                          if (!valid72) {
                            const err277 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/status_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/status_max/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status_max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.status_max, data: data134 };
                            if (vErrors === null) {
                              vErrors = [err277];
                            } else {
                              vErrors.push(err277);
                            }
                            errors++;
                          } else {
                            errors = _errs316;
                            if (vErrors !== null) {
                              if (_errs316) {
                                vErrors.length = _errs316;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                        if (data126.error_rate !== void 0) {
                          let data135 = data126.error_rate;
                          const _errs322 = errors;
                          let valid73 = false;
                          let passing3 = null;
                          const _errs323 = errors;
                          if (typeof data135 == "number") {
                            if (data135 > 1 || isNaN(data135)) {
                              const err278 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/error_rate", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/error_rate/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.error_rate.oneOf[0], data: data135 };
                              if (vErrors === null) {
                                vErrors = [err278];
                              } else {
                                vErrors.push(err278);
                              }
                              errors++;
                            }
                            if (data135 < 0 || isNaN(data135)) {
                              const err279 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/error_rate", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/error_rate/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.error_rate.oneOf[0], data: data135 };
                              if (vErrors === null) {
                                vErrors = [err279];
                              } else {
                                vErrors.push(err279);
                              }
                              errors++;
                            }
                          } else {
                            const err280 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/error_rate", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/error_rate/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.error_rate.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.error_rate.oneOf[0], data: data135 };
                            if (vErrors === null) {
                              vErrors = [err280];
                            } else {
                              vErrors.push(err280);
                            }
                            errors++;
                          }
                          var _valid6 = _errs323 === errors;
                          if (_valid6) {
                            valid73 = true;
                            passing3 = 0;
                          }
                          const _errs325 = errors;
                          if (typeof data135 === "string") {
                            if (!pattern34.test(data135)) {
                              const err281 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/error_rate", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/error_rate/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.error_rate.oneOf[1], data: data135 };
                              if (vErrors === null) {
                                vErrors = [err281];
                              } else {
                                vErrors.push(err281);
                              }
                              errors++;
                            }
                          } else {
                            const err282 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/error_rate", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/error_rate/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.error_rate.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.error_rate.oneOf[1], data: data135 };
                            if (vErrors === null) {
                              vErrors = [err282];
                            } else {
                              vErrors.push(err282);
                            }
                            errors++;
                          }
                          var _valid6 = _errs325 === errors;
                          if (_valid6 && valid73) {
                            valid73 = false;
                            passing3 = [passing3, 1];
                          } else {
                            if (_valid6) {
                              valid73 = true;
                              passing3 = 1;
                            }
                          }
                          if (!valid73) {
                            const err283 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/error_rate", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/error_rate/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.error_rate.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.error_rate, data: data135 };
                            if (vErrors === null) {
                              vErrors = [err283];
                            } else {
                              vErrors.push(err283);
                            }
                            errors++;
                          } else {
                            errors = _errs322;
                            if (vErrors !== null) {
                              if (_errs322) {
                                vErrors.length = _errs322;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                        if (data126.p95_ms !== void 0) {
                          let data136 = data126.p95_ms;
                          if (typeof data136 == "number") {
                            if (data136 <= 0 || isNaN(data136)) {
                              const err284 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/p95_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/p95_ms/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.p95_ms, data: data136 };
                              if (vErrors === null) {
                                vErrors = [err284];
                              } else {
                                vErrors.push(err284);
                              }
                              errors++;
                            }
                          } else {
                            const err285 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/p95_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/p95_ms/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.p95_ms.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.p95_ms, data: data136 };
                            if (vErrors === null) {
                              vErrors = [err285];
                            } else {
                              vErrors.push(err285);
                            }
                            errors++;
                          }
                        }
                        if (data126.pause !== void 0) {
                          let data137 = data126.pause;
                          if (typeof data137 === "string") {
                            if (!pattern4.test(data137)) {
                              const err286 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/pause", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/pause/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.pause, data: data137 };
                              if (vErrors === null) {
                                vErrors = [err286];
                              } else {
                                vErrors.push(err286);
                              }
                              errors++;
                            }
                          } else {
                            const err287 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits/pause", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/properties/pause/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.pause.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits.properties.pause, data: data137 };
                            if (vErrors === null) {
                              vErrors = [err287];
                            } else {
                              vErrors.push(err287);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err288 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/limits", schemaPath: "#/properties/integrations/items/properties/load/items/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.limits.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.limits, data: data126 };
                        if (vErrors === null) {
                          vErrors = [err288];
                        } else {
                          vErrors.push(err288);
                        }
                        errors++;
                      }
                    }
                    if (data97.gates !== void 0) {
                      let data138 = data97.gates;
                      if (data138 && typeof data138 == "object" && !Array.isArray(data138)) {
                        for (const key28 in data138) {
                          if (!func7.call(schema11.properties.integrations.items.properties.load.items.properties.gates.properties, key28)) {
                            const err289 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates, data: data138 };
                            if (vErrors === null) {
                              vErrors = [err289];
                            } else {
                              vErrors.push(err289);
                            }
                            errors++;
                          }
                        }
                        if (data138.p50_ms !== void 0) {
                          let data139 = data138.p50_ms;
                          const _errs336 = errors;
                          let valid75 = false;
                          let passing4 = null;
                          const _errs337 = errors;
                          if (data139 && typeof data139 == "object" && !Array.isArray(data139)) {
                            if (data139.min === void 0) {
                              const err290 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.oneOf[0].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.oneOf[0], data: data139 };
                              if (vErrors === null) {
                                vErrors = [err290];
                              } else {
                                vErrors.push(err290);
                              }
                              errors++;
                            }
                          }
                          var _valid7 = _errs337 === errors;
                          if (_valid7) {
                            valid75 = true;
                            passing4 = 0;
                          }
                          const _errs338 = errors;
                          if (data139 && typeof data139 == "object" && !Array.isArray(data139)) {
                            if (data139.max === void 0) {
                              const err291 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.oneOf[1], data: data139 };
                              if (vErrors === null) {
                                vErrors = [err291];
                              } else {
                                vErrors.push(err291);
                              }
                              errors++;
                            }
                          }
                          var _valid7 = _errs338 === errors;
                          if (_valid7 && valid75) {
                            valid75 = false;
                            passing4 = [passing4, 1];
                          } else {
                            if (_valid7) {
                              valid75 = true;
                              passing4 = 1;
                            }
                          }
                          if (!valid75) {
                            const err292 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms, data: data139 };
                            if (vErrors === null) {
                              vErrors = [err292];
                            } else {
                              vErrors.push(err292);
                            }
                            errors++;
                          } else {
                            errors = _errs336;
                            if (vErrors !== null) {
                              if (_errs336) {
                                vErrors.length = _errs336;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data139 && typeof data139 == "object" && !Array.isArray(data139)) {
                            for (const key29 in data139) {
                              if (!(key29 === "min" || key29 === "max" || key29 === "severity" || key29 === "warn")) {
                                const err293 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms, data: data139 };
                                if (vErrors === null) {
                                  vErrors = [err293];
                                } else {
                                  vErrors.push(err293);
                                }
                                errors++;
                              }
                            }
                            if (data139.min !== void 0) {
                              let data140 = data139.min;
                              const _errs341 = errors;
                              let valid77 = false;
                              let passing5 = null;
                              const _errs342 = errors;
                              if (!(typeof data140 == "number")) {
                                const err294 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.min.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.min.oneOf[0], data: data140 };
                                if (vErrors === null) {
                                  vErrors = [err294];
                                } else {
                                  vErrors.push(err294);
                                }
                                errors++;
                              }
                              var _valid8 = _errs342 === errors;
                              if (_valid8) {
                                valid77 = true;
                                passing5 = 0;
                              }
                              const _errs344 = errors;
                              if (typeof data140 === "string") {
                                if (!pattern34.test(data140)) {
                                  const err295 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.min.oneOf[1], data: data140 };
                                  if (vErrors === null) {
                                    vErrors = [err295];
                                  } else {
                                    vErrors.push(err295);
                                  }
                                  errors++;
                                }
                              } else {
                                const err296 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.min.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.min.oneOf[1], data: data140 };
                                if (vErrors === null) {
                                  vErrors = [err296];
                                } else {
                                  vErrors.push(err296);
                                }
                                errors++;
                              }
                              var _valid8 = _errs344 === errors;
                              if (_valid8 && valid77) {
                                valid77 = false;
                                passing5 = [passing5, 1];
                              } else {
                                if (_valid8) {
                                  valid77 = true;
                                  passing5 = 1;
                                }
                              }
                              if (!valid77) {
                                const err297 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.min.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.min, data: data140 };
                                if (vErrors === null) {
                                  vErrors = [err297];
                                } else {
                                  vErrors.push(err297);
                                }
                                errors++;
                              } else {
                                errors = _errs341;
                                if (vErrors !== null) {
                                  if (_errs341) {
                                    vErrors.length = _errs341;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data139.max !== void 0) {
                              let data141 = data139.max;
                              const _errs347 = errors;
                              let valid78 = false;
                              let passing6 = null;
                              const _errs348 = errors;
                              if (!(typeof data141 == "number")) {
                                const err298 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.max.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.max.oneOf[0], data: data141 };
                                if (vErrors === null) {
                                  vErrors = [err298];
                                } else {
                                  vErrors.push(err298);
                                }
                                errors++;
                              }
                              var _valid9 = _errs348 === errors;
                              if (_valid9) {
                                valid78 = true;
                                passing6 = 0;
                              }
                              const _errs350 = errors;
                              if (typeof data141 === "string") {
                                if (!pattern34.test(data141)) {
                                  const err299 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.max.oneOf[1], data: data141 };
                                  if (vErrors === null) {
                                    vErrors = [err299];
                                  } else {
                                    vErrors.push(err299);
                                  }
                                  errors++;
                                }
                              } else {
                                const err300 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.max.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.max.oneOf[1], data: data141 };
                                if (vErrors === null) {
                                  vErrors = [err300];
                                } else {
                                  vErrors.push(err300);
                                }
                                errors++;
                              }
                              var _valid9 = _errs350 === errors;
                              if (_valid9 && valid78) {
                                valid78 = false;
                                passing6 = [passing6, 1];
                              } else {
                                if (_valid9) {
                                  valid78 = true;
                                  passing6 = 1;
                                }
                              }
                              if (!valid78) {
                                const err301 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.max, data: data141 };
                                if (vErrors === null) {
                                  vErrors = [err301];
                                } else {
                                  vErrors.push(err301);
                                }
                                errors++;
                              } else {
                                errors = _errs347;
                                if (vErrors !== null) {
                                  if (_errs347) {
                                    vErrors.length = _errs347;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data139.severity !== void 0) {
                              let data142 = data139.severity;
                              if (typeof data142 !== "string") {
                                const err302 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.severity.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.severity, data: data142 };
                                if (vErrors === null) {
                                  vErrors = [err302];
                                } else {
                                  vErrors.push(err302);
                                }
                                errors++;
                              }
                              if (!(data142 === "critical" || data142 === "major" || data142 === "minor")) {
                                const err303 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.severity.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.severity, data: data142 };
                                if (vErrors === null) {
                                  vErrors = [err303];
                                } else {
                                  vErrors.push(err303);
                                }
                                errors++;
                              }
                            }
                            if (data139.warn !== void 0) {
                              let data143 = data139.warn;
                              if (typeof data143 === "string") {
                                if (!pattern34.test(data143)) {
                                  const err304 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.warn, data: data143 };
                                  if (vErrors === null) {
                                    vErrors = [err304];
                                  } else {
                                    vErrors.push(err304);
                                  }
                                  errors++;
                                }
                              } else {
                                const err305 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.warn.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.properties.warn, data: data143 };
                                if (vErrors === null) {
                                  vErrors = [err305];
                                } else {
                                  vErrors.push(err305);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err306 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p50_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p50_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p50_ms, data: data139 };
                            if (vErrors === null) {
                              vErrors = [err306];
                            } else {
                              vErrors.push(err306);
                            }
                            errors++;
                          }
                        }
                        if (data138.p90_ms !== void 0) {
                          let data144 = data138.p90_ms;
                          const _errs358 = errors;
                          let valid79 = false;
                          let passing7 = null;
                          const _errs359 = errors;
                          if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                            if (data144.min === void 0) {
                              const err307 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.oneOf[0].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.oneOf[0], data: data144 };
                              if (vErrors === null) {
                                vErrors = [err307];
                              } else {
                                vErrors.push(err307);
                              }
                              errors++;
                            }
                          }
                          var _valid10 = _errs359 === errors;
                          if (_valid10) {
                            valid79 = true;
                            passing7 = 0;
                          }
                          const _errs360 = errors;
                          if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                            if (data144.max === void 0) {
                              const err308 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.oneOf[1], data: data144 };
                              if (vErrors === null) {
                                vErrors = [err308];
                              } else {
                                vErrors.push(err308);
                              }
                              errors++;
                            }
                          }
                          var _valid10 = _errs360 === errors;
                          if (_valid10 && valid79) {
                            valid79 = false;
                            passing7 = [passing7, 1];
                          } else {
                            if (_valid10) {
                              valid79 = true;
                              passing7 = 1;
                            }
                          }
                          if (!valid79) {
                            const err309 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms, data: data144 };
                            if (vErrors === null) {
                              vErrors = [err309];
                            } else {
                              vErrors.push(err309);
                            }
                            errors++;
                          } else {
                            errors = _errs358;
                            if (vErrors !== null) {
                              if (_errs358) {
                                vErrors.length = _errs358;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                            for (const key30 in data144) {
                              if (!(key30 === "min" || key30 === "max" || key30 === "severity" || key30 === "warn")) {
                                const err310 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms, data: data144 };
                                if (vErrors === null) {
                                  vErrors = [err310];
                                } else {
                                  vErrors.push(err310);
                                }
                                errors++;
                              }
                            }
                            if (data144.min !== void 0) {
                              let data145 = data144.min;
                              const _errs363 = errors;
                              let valid81 = false;
                              let passing8 = null;
                              const _errs364 = errors;
                              if (!(typeof data145 == "number")) {
                                const err311 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.min.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.min.oneOf[0], data: data145 };
                                if (vErrors === null) {
                                  vErrors = [err311];
                                } else {
                                  vErrors.push(err311);
                                }
                                errors++;
                              }
                              var _valid11 = _errs364 === errors;
                              if (_valid11) {
                                valid81 = true;
                                passing8 = 0;
                              }
                              const _errs366 = errors;
                              if (typeof data145 === "string") {
                                if (!pattern34.test(data145)) {
                                  const err312 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.min.oneOf[1], data: data145 };
                                  if (vErrors === null) {
                                    vErrors = [err312];
                                  } else {
                                    vErrors.push(err312);
                                  }
                                  errors++;
                                }
                              } else {
                                const err313 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.min.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.min.oneOf[1], data: data145 };
                                if (vErrors === null) {
                                  vErrors = [err313];
                                } else {
                                  vErrors.push(err313);
                                }
                                errors++;
                              }
                              var _valid11 = _errs366 === errors;
                              if (_valid11 && valid81) {
                                valid81 = false;
                                passing8 = [passing8, 1];
                              } else {
                                if (_valid11) {
                                  valid81 = true;
                                  passing8 = 1;
                                }
                              }
                              if (!valid81) {
                                const err314 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.min.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.min, data: data145 };
                                if (vErrors === null) {
                                  vErrors = [err314];
                                } else {
                                  vErrors.push(err314);
                                }
                                errors++;
                              } else {
                                errors = _errs363;
                                if (vErrors !== null) {
                                  if (_errs363) {
                                    vErrors.length = _errs363;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data144.max !== void 0) {
                              let data146 = data144.max;
                              const _errs369 = errors;
                              let valid82 = false;
                              let passing9 = null;
                              const _errs370 = errors;
                              if (!(typeof data146 == "number")) {
                                const err315 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.max.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.max.oneOf[0], data: data146 };
                                if (vErrors === null) {
                                  vErrors = [err315];
                                } else {
                                  vErrors.push(err315);
                                }
                                errors++;
                              }
                              var _valid12 = _errs370 === errors;
                              if (_valid12) {
                                valid82 = true;
                                passing9 = 0;
                              }
                              const _errs372 = errors;
                              if (typeof data146 === "string") {
                                if (!pattern34.test(data146)) {
                                  const err316 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.max.oneOf[1], data: data146 };
                                  if (vErrors === null) {
                                    vErrors = [err316];
                                  } else {
                                    vErrors.push(err316);
                                  }
                                  errors++;
                                }
                              } else {
                                const err317 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.max.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.max.oneOf[1], data: data146 };
                                if (vErrors === null) {
                                  vErrors = [err317];
                                } else {
                                  vErrors.push(err317);
                                }
                                errors++;
                              }
                              var _valid12 = _errs372 === errors;
                              if (_valid12 && valid82) {
                                valid82 = false;
                                passing9 = [passing9, 1];
                              } else {
                                if (_valid12) {
                                  valid82 = true;
                                  passing9 = 1;
                                }
                              }
                              if (!valid82) {
                                const err318 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.max, data: data146 };
                                if (vErrors === null) {
                                  vErrors = [err318];
                                } else {
                                  vErrors.push(err318);
                                }
                                errors++;
                              } else {
                                errors = _errs369;
                                if (vErrors !== null) {
                                  if (_errs369) {
                                    vErrors.length = _errs369;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data144.severity !== void 0) {
                              let data147 = data144.severity;
                              if (typeof data147 !== "string") {
                                const err319 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.severity.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.severity, data: data147 };
                                if (vErrors === null) {
                                  vErrors = [err319];
                                } else {
                                  vErrors.push(err319);
                                }
                                errors++;
                              }
                              if (!(data147 === "critical" || data147 === "major" || data147 === "minor")) {
                                const err320 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.severity.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.severity, data: data147 };
                                if (vErrors === null) {
                                  vErrors = [err320];
                                } else {
                                  vErrors.push(err320);
                                }
                                errors++;
                              }
                            }
                            if (data144.warn !== void 0) {
                              let data148 = data144.warn;
                              if (typeof data148 === "string") {
                                if (!pattern34.test(data148)) {
                                  const err321 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.warn, data: data148 };
                                  if (vErrors === null) {
                                    vErrors = [err321];
                                  } else {
                                    vErrors.push(err321);
                                  }
                                  errors++;
                                }
                              } else {
                                const err322 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.warn.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.properties.warn, data: data148 };
                                if (vErrors === null) {
                                  vErrors = [err322];
                                } else {
                                  vErrors.push(err322);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err323 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p90_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p90_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p90_ms, data: data144 };
                            if (vErrors === null) {
                              vErrors = [err323];
                            } else {
                              vErrors.push(err323);
                            }
                            errors++;
                          }
                        }
                        if (data138.p95_ms !== void 0) {
                          let data149 = data138.p95_ms;
                          const _errs380 = errors;
                          let valid83 = false;
                          let passing10 = null;
                          const _errs381 = errors;
                          if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
                            if (data149.min === void 0) {
                              const err324 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.oneOf[0].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.oneOf[0], data: data149 };
                              if (vErrors === null) {
                                vErrors = [err324];
                              } else {
                                vErrors.push(err324);
                              }
                              errors++;
                            }
                          }
                          var _valid13 = _errs381 === errors;
                          if (_valid13) {
                            valid83 = true;
                            passing10 = 0;
                          }
                          const _errs382 = errors;
                          if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
                            if (data149.max === void 0) {
                              const err325 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.oneOf[1], data: data149 };
                              if (vErrors === null) {
                                vErrors = [err325];
                              } else {
                                vErrors.push(err325);
                              }
                              errors++;
                            }
                          }
                          var _valid13 = _errs382 === errors;
                          if (_valid13 && valid83) {
                            valid83 = false;
                            passing10 = [passing10, 1];
                          } else {
                            if (_valid13) {
                              valid83 = true;
                              passing10 = 1;
                            }
                          }
                          if (!valid83) {
                            const err326 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms, data: data149 };
                            if (vErrors === null) {
                              vErrors = [err326];
                            } else {
                              vErrors.push(err326);
                            }
                            errors++;
                          } else {
                            errors = _errs380;
                            if (vErrors !== null) {
                              if (_errs380) {
                                vErrors.length = _errs380;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
                            for (const key31 in data149) {
                              if (!(key31 === "min" || key31 === "max" || key31 === "severity" || key31 === "warn")) {
                                const err327 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms, data: data149 };
                                if (vErrors === null) {
                                  vErrors = [err327];
                                } else {
                                  vErrors.push(err327);
                                }
                                errors++;
                              }
                            }
                            if (data149.min !== void 0) {
                              let data150 = data149.min;
                              const _errs385 = errors;
                              let valid85 = false;
                              let passing11 = null;
                              const _errs386 = errors;
                              if (!(typeof data150 == "number")) {
                                const err328 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.min.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.min.oneOf[0], data: data150 };
                                if (vErrors === null) {
                                  vErrors = [err328];
                                } else {
                                  vErrors.push(err328);
                                }
                                errors++;
                              }
                              var _valid14 = _errs386 === errors;
                              if (_valid14) {
                                valid85 = true;
                                passing11 = 0;
                              }
                              const _errs388 = errors;
                              if (typeof data150 === "string") {
                                if (!pattern34.test(data150)) {
                                  const err329 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.min.oneOf[1], data: data150 };
                                  if (vErrors === null) {
                                    vErrors = [err329];
                                  } else {
                                    vErrors.push(err329);
                                  }
                                  errors++;
                                }
                              } else {
                                const err330 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.min.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.min.oneOf[1], data: data150 };
                                if (vErrors === null) {
                                  vErrors = [err330];
                                } else {
                                  vErrors.push(err330);
                                }
                                errors++;
                              }
                              var _valid14 = _errs388 === errors;
                              if (_valid14 && valid85) {
                                valid85 = false;
                                passing11 = [passing11, 1];
                              } else {
                                if (_valid14) {
                                  valid85 = true;
                                  passing11 = 1;
                                }
                              }
                              if (!valid85) {
                                const err331 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.min.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.min, data: data150 };
                                if (vErrors === null) {
                                  vErrors = [err331];
                                } else {
                                  vErrors.push(err331);
                                }
                                errors++;
                              } else {
                                errors = _errs385;
                                if (vErrors !== null) {
                                  if (_errs385) {
                                    vErrors.length = _errs385;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data149.max !== void 0) {
                              let data151 = data149.max;
                              const _errs391 = errors;
                              let valid86 = false;
                              let passing12 = null;
                              const _errs392 = errors;
                              if (!(typeof data151 == "number")) {
                                const err332 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.max.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.max.oneOf[0], data: data151 };
                                if (vErrors === null) {
                                  vErrors = [err332];
                                } else {
                                  vErrors.push(err332);
                                }
                                errors++;
                              }
                              var _valid15 = _errs392 === errors;
                              if (_valid15) {
                                valid86 = true;
                                passing12 = 0;
                              }
                              const _errs394 = errors;
                              if (typeof data151 === "string") {
                                if (!pattern34.test(data151)) {
                                  const err333 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.max.oneOf[1], data: data151 };
                                  if (vErrors === null) {
                                    vErrors = [err333];
                                  } else {
                                    vErrors.push(err333);
                                  }
                                  errors++;
                                }
                              } else {
                                const err334 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.max.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.max.oneOf[1], data: data151 };
                                if (vErrors === null) {
                                  vErrors = [err334];
                                } else {
                                  vErrors.push(err334);
                                }
                                errors++;
                              }
                              var _valid15 = _errs394 === errors;
                              if (_valid15 && valid86) {
                                valid86 = false;
                                passing12 = [passing12, 1];
                              } else {
                                if (_valid15) {
                                  valid86 = true;
                                  passing12 = 1;
                                }
                              }
                              if (!valid86) {
                                const err335 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.max, data: data151 };
                                if (vErrors === null) {
                                  vErrors = [err335];
                                } else {
                                  vErrors.push(err335);
                                }
                                errors++;
                              } else {
                                errors = _errs391;
                                if (vErrors !== null) {
                                  if (_errs391) {
                                    vErrors.length = _errs391;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data149.severity !== void 0) {
                              let data152 = data149.severity;
                              if (typeof data152 !== "string") {
                                const err336 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.severity.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.severity, data: data152 };
                                if (vErrors === null) {
                                  vErrors = [err336];
                                } else {
                                  vErrors.push(err336);
                                }
                                errors++;
                              }
                              if (!(data152 === "critical" || data152 === "major" || data152 === "minor")) {
                                const err337 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.severity.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.severity, data: data152 };
                                if (vErrors === null) {
                                  vErrors = [err337];
                                } else {
                                  vErrors.push(err337);
                                }
                                errors++;
                              }
                            }
                            if (data149.warn !== void 0) {
                              let data153 = data149.warn;
                              if (typeof data153 === "string") {
                                if (!pattern34.test(data153)) {
                                  const err338 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.warn, data: data153 };
                                  if (vErrors === null) {
                                    vErrors = [err338];
                                  } else {
                                    vErrors.push(err338);
                                  }
                                  errors++;
                                }
                              } else {
                                const err339 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.warn.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.properties.warn, data: data153 };
                                if (vErrors === null) {
                                  vErrors = [err339];
                                } else {
                                  vErrors.push(err339);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err340 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p95_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p95_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p95_ms, data: data149 };
                            if (vErrors === null) {
                              vErrors = [err340];
                            } else {
                              vErrors.push(err340);
                            }
                            errors++;
                          }
                        }
                        if (data138.p99_ms !== void 0) {
                          let data154 = data138.p99_ms;
                          const _errs402 = errors;
                          let valid87 = false;
                          let passing13 = null;
                          const _errs403 = errors;
                          if (data154 && typeof data154 == "object" && !Array.isArray(data154)) {
                            if (data154.min === void 0) {
                              const err341 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.oneOf[0].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.oneOf[0], data: data154 };
                              if (vErrors === null) {
                                vErrors = [err341];
                              } else {
                                vErrors.push(err341);
                              }
                              errors++;
                            }
                          }
                          var _valid16 = _errs403 === errors;
                          if (_valid16) {
                            valid87 = true;
                            passing13 = 0;
                          }
                          const _errs404 = errors;
                          if (data154 && typeof data154 == "object" && !Array.isArray(data154)) {
                            if (data154.max === void 0) {
                              const err342 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.oneOf[1], data: data154 };
                              if (vErrors === null) {
                                vErrors = [err342];
                              } else {
                                vErrors.push(err342);
                              }
                              errors++;
                            }
                          }
                          var _valid16 = _errs404 === errors;
                          if (_valid16 && valid87) {
                            valid87 = false;
                            passing13 = [passing13, 1];
                          } else {
                            if (_valid16) {
                              valid87 = true;
                              passing13 = 1;
                            }
                          }
                          if (!valid87) {
                            const err343 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing13 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms, data: data154 };
                            if (vErrors === null) {
                              vErrors = [err343];
                            } else {
                              vErrors.push(err343);
                            }
                            errors++;
                          } else {
                            errors = _errs402;
                            if (vErrors !== null) {
                              if (_errs402) {
                                vErrors.length = _errs402;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data154 && typeof data154 == "object" && !Array.isArray(data154)) {
                            for (const key32 in data154) {
                              if (!(key32 === "min" || key32 === "max" || key32 === "severity" || key32 === "warn")) {
                                const err344 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms, data: data154 };
                                if (vErrors === null) {
                                  vErrors = [err344];
                                } else {
                                  vErrors.push(err344);
                                }
                                errors++;
                              }
                            }
                            if (data154.min !== void 0) {
                              let data155 = data154.min;
                              const _errs407 = errors;
                              let valid89 = false;
                              let passing14 = null;
                              const _errs408 = errors;
                              if (!(typeof data155 == "number")) {
                                const err345 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.min.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.min.oneOf[0], data: data155 };
                                if (vErrors === null) {
                                  vErrors = [err345];
                                } else {
                                  vErrors.push(err345);
                                }
                                errors++;
                              }
                              var _valid17 = _errs408 === errors;
                              if (_valid17) {
                                valid89 = true;
                                passing14 = 0;
                              }
                              const _errs410 = errors;
                              if (typeof data155 === "string") {
                                if (!pattern34.test(data155)) {
                                  const err346 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.min.oneOf[1], data: data155 };
                                  if (vErrors === null) {
                                    vErrors = [err346];
                                  } else {
                                    vErrors.push(err346);
                                  }
                                  errors++;
                                }
                              } else {
                                const err347 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.min.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.min.oneOf[1], data: data155 };
                                if (vErrors === null) {
                                  vErrors = [err347];
                                } else {
                                  vErrors.push(err347);
                                }
                                errors++;
                              }
                              var _valid17 = _errs410 === errors;
                              if (_valid17 && valid89) {
                                valid89 = false;
                                passing14 = [passing14, 1];
                              } else {
                                if (_valid17) {
                                  valid89 = true;
                                  passing14 = 1;
                                }
                              }
                              if (!valid89) {
                                const err348 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing14 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.min.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.min, data: data155 };
                                if (vErrors === null) {
                                  vErrors = [err348];
                                } else {
                                  vErrors.push(err348);
                                }
                                errors++;
                              } else {
                                errors = _errs407;
                                if (vErrors !== null) {
                                  if (_errs407) {
                                    vErrors.length = _errs407;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data154.max !== void 0) {
                              let data156 = data154.max;
                              const _errs413 = errors;
                              let valid90 = false;
                              let passing15 = null;
                              const _errs414 = errors;
                              if (!(typeof data156 == "number")) {
                                const err349 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.max.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.max.oneOf[0], data: data156 };
                                if (vErrors === null) {
                                  vErrors = [err349];
                                } else {
                                  vErrors.push(err349);
                                }
                                errors++;
                              }
                              var _valid18 = _errs414 === errors;
                              if (_valid18) {
                                valid90 = true;
                                passing15 = 0;
                              }
                              const _errs416 = errors;
                              if (typeof data156 === "string") {
                                if (!pattern34.test(data156)) {
                                  const err350 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.max.oneOf[1], data: data156 };
                                  if (vErrors === null) {
                                    vErrors = [err350];
                                  } else {
                                    vErrors.push(err350);
                                  }
                                  errors++;
                                }
                              } else {
                                const err351 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.max.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.max.oneOf[1], data: data156 };
                                if (vErrors === null) {
                                  vErrors = [err351];
                                } else {
                                  vErrors.push(err351);
                                }
                                errors++;
                              }
                              var _valid18 = _errs416 === errors;
                              if (_valid18 && valid90) {
                                valid90 = false;
                                passing15 = [passing15, 1];
                              } else {
                                if (_valid18) {
                                  valid90 = true;
                                  passing15 = 1;
                                }
                              }
                              if (!valid90) {
                                const err352 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing15 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.max, data: data156 };
                                if (vErrors === null) {
                                  vErrors = [err352];
                                } else {
                                  vErrors.push(err352);
                                }
                                errors++;
                              } else {
                                errors = _errs413;
                                if (vErrors !== null) {
                                  if (_errs413) {
                                    vErrors.length = _errs413;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data154.severity !== void 0) {
                              let data157 = data154.severity;
                              if (typeof data157 !== "string") {
                                const err353 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.severity.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.severity, data: data157 };
                                if (vErrors === null) {
                                  vErrors = [err353];
                                } else {
                                  vErrors.push(err353);
                                }
                                errors++;
                              }
                              if (!(data157 === "critical" || data157 === "major" || data157 === "minor")) {
                                const err354 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.severity.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.severity, data: data157 };
                                if (vErrors === null) {
                                  vErrors = [err354];
                                } else {
                                  vErrors.push(err354);
                                }
                                errors++;
                              }
                            }
                            if (data154.warn !== void 0) {
                              let data158 = data154.warn;
                              if (typeof data158 === "string") {
                                if (!pattern34.test(data158)) {
                                  const err355 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.warn, data: data158 };
                                  if (vErrors === null) {
                                    vErrors = [err355];
                                  } else {
                                    vErrors.push(err355);
                                  }
                                  errors++;
                                }
                              } else {
                                const err356 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.warn.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.properties.warn, data: data158 };
                                if (vErrors === null) {
                                  vErrors = [err356];
                                } else {
                                  vErrors.push(err356);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err357 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/p99_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/p99_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.p99_ms, data: data154 };
                            if (vErrors === null) {
                              vErrors = [err357];
                            } else {
                              vErrors.push(err357);
                            }
                            errors++;
                          }
                        }
                        if (data138.max_ms !== void 0) {
                          let data159 = data138.max_ms;
                          const _errs424 = errors;
                          let valid91 = false;
                          let passing16 = null;
                          const _errs425 = errors;
                          if (data159 && typeof data159 == "object" && !Array.isArray(data159)) {
                            if (data159.min === void 0) {
                              const err358 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.oneOf[0].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.oneOf[0], data: data159 };
                              if (vErrors === null) {
                                vErrors = [err358];
                              } else {
                                vErrors.push(err358);
                              }
                              errors++;
                            }
                          }
                          var _valid19 = _errs425 === errors;
                          if (_valid19) {
                            valid91 = true;
                            passing16 = 0;
                          }
                          const _errs426 = errors;
                          if (data159 && typeof data159 == "object" && !Array.isArray(data159)) {
                            if (data159.max === void 0) {
                              const err359 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.oneOf[1], data: data159 };
                              if (vErrors === null) {
                                vErrors = [err359];
                              } else {
                                vErrors.push(err359);
                              }
                              errors++;
                            }
                          }
                          var _valid19 = _errs426 === errors;
                          if (_valid19 && valid91) {
                            valid91 = false;
                            passing16 = [passing16, 1];
                          } else {
                            if (_valid19) {
                              valid91 = true;
                              passing16 = 1;
                            }
                          }
                          if (!valid91) {
                            const err360 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing16 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms, data: data159 };
                            if (vErrors === null) {
                              vErrors = [err360];
                            } else {
                              vErrors.push(err360);
                            }
                            errors++;
                          } else {
                            errors = _errs424;
                            if (vErrors !== null) {
                              if (_errs424) {
                                vErrors.length = _errs424;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data159 && typeof data159 == "object" && !Array.isArray(data159)) {
                            for (const key33 in data159) {
                              if (!(key33 === "min" || key33 === "max" || key33 === "severity" || key33 === "warn")) {
                                const err361 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms, data: data159 };
                                if (vErrors === null) {
                                  vErrors = [err361];
                                } else {
                                  vErrors.push(err361);
                                }
                                errors++;
                              }
                            }
                            if (data159.min !== void 0) {
                              let data160 = data159.min;
                              const _errs429 = errors;
                              let valid93 = false;
                              let passing17 = null;
                              const _errs430 = errors;
                              if (!(typeof data160 == "number")) {
                                const err362 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.min.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.min.oneOf[0], data: data160 };
                                if (vErrors === null) {
                                  vErrors = [err362];
                                } else {
                                  vErrors.push(err362);
                                }
                                errors++;
                              }
                              var _valid20 = _errs430 === errors;
                              if (_valid20) {
                                valid93 = true;
                                passing17 = 0;
                              }
                              const _errs432 = errors;
                              if (typeof data160 === "string") {
                                if (!pattern34.test(data160)) {
                                  const err363 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.min.oneOf[1], data: data160 };
                                  if (vErrors === null) {
                                    vErrors = [err363];
                                  } else {
                                    vErrors.push(err363);
                                  }
                                  errors++;
                                }
                              } else {
                                const err364 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.min.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.min.oneOf[1], data: data160 };
                                if (vErrors === null) {
                                  vErrors = [err364];
                                } else {
                                  vErrors.push(err364);
                                }
                                errors++;
                              }
                              var _valid20 = _errs432 === errors;
                              if (_valid20 && valid93) {
                                valid93 = false;
                                passing17 = [passing17, 1];
                              } else {
                                if (_valid20) {
                                  valid93 = true;
                                  passing17 = 1;
                                }
                              }
                              if (!valid93) {
                                const err365 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing17 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.min.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.min, data: data160 };
                                if (vErrors === null) {
                                  vErrors = [err365];
                                } else {
                                  vErrors.push(err365);
                                }
                                errors++;
                              } else {
                                errors = _errs429;
                                if (vErrors !== null) {
                                  if (_errs429) {
                                    vErrors.length = _errs429;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data159.max !== void 0) {
                              let data161 = data159.max;
                              const _errs435 = errors;
                              let valid94 = false;
                              let passing18 = null;
                              const _errs436 = errors;
                              if (!(typeof data161 == "number")) {
                                const err366 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.max.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.max.oneOf[0], data: data161 };
                                if (vErrors === null) {
                                  vErrors = [err366];
                                } else {
                                  vErrors.push(err366);
                                }
                                errors++;
                              }
                              var _valid21 = _errs436 === errors;
                              if (_valid21) {
                                valid94 = true;
                                passing18 = 0;
                              }
                              const _errs438 = errors;
                              if (typeof data161 === "string") {
                                if (!pattern34.test(data161)) {
                                  const err367 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.max.oneOf[1], data: data161 };
                                  if (vErrors === null) {
                                    vErrors = [err367];
                                  } else {
                                    vErrors.push(err367);
                                  }
                                  errors++;
                                }
                              } else {
                                const err368 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.max.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.max.oneOf[1], data: data161 };
                                if (vErrors === null) {
                                  vErrors = [err368];
                                } else {
                                  vErrors.push(err368);
                                }
                                errors++;
                              }
                              var _valid21 = _errs438 === errors;
                              if (_valid21 && valid94) {
                                valid94 = false;
                                passing18 = [passing18, 1];
                              } else {
                                if (_valid21) {
                                  valid94 = true;
                                  passing18 = 1;
                                }
                              }
                              if (!valid94) {
                                const err369 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing18 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.max, data: data161 };
                                if (vErrors === null) {
                                  vErrors = [err369];
                                } else {
                                  vErrors.push(err369);
                                }
                                errors++;
                              } else {
                                errors = _errs435;
                                if (vErrors !== null) {
                                  if (_errs435) {
                                    vErrors.length = _errs435;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data159.severity !== void 0) {
                              let data162 = data159.severity;
                              if (typeof data162 !== "string") {
                                const err370 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.severity.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.severity, data: data162 };
                                if (vErrors === null) {
                                  vErrors = [err370];
                                } else {
                                  vErrors.push(err370);
                                }
                                errors++;
                              }
                              if (!(data162 === "critical" || data162 === "major" || data162 === "minor")) {
                                const err371 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.severity.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.severity, data: data162 };
                                if (vErrors === null) {
                                  vErrors = [err371];
                                } else {
                                  vErrors.push(err371);
                                }
                                errors++;
                              }
                            }
                            if (data159.warn !== void 0) {
                              let data163 = data159.warn;
                              if (typeof data163 === "string") {
                                if (!pattern34.test(data163)) {
                                  const err372 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.warn, data: data163 };
                                  if (vErrors === null) {
                                    vErrors = [err372];
                                  } else {
                                    vErrors.push(err372);
                                  }
                                  errors++;
                                }
                              } else {
                                const err373 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.warn.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.properties.warn, data: data163 };
                                if (vErrors === null) {
                                  vErrors = [err373];
                                } else {
                                  vErrors.push(err373);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err374 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/max_ms", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/max_ms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.max_ms, data: data159 };
                            if (vErrors === null) {
                              vErrors = [err374];
                            } else {
                              vErrors.push(err374);
                            }
                            errors++;
                          }
                        }
                        if (data138.rps !== void 0) {
                          let data164 = data138.rps;
                          const _errs446 = errors;
                          let valid95 = false;
                          let passing19 = null;
                          const _errs447 = errors;
                          if (data164 && typeof data164 == "object" && !Array.isArray(data164)) {
                            if (data164.min === void 0) {
                              const err375 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.oneOf[0].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.oneOf[0], data: data164 };
                              if (vErrors === null) {
                                vErrors = [err375];
                              } else {
                                vErrors.push(err375);
                              }
                              errors++;
                            }
                          }
                          var _valid22 = _errs447 === errors;
                          if (_valid22) {
                            valid95 = true;
                            passing19 = 0;
                          }
                          const _errs448 = errors;
                          if (data164 && typeof data164 == "object" && !Array.isArray(data164)) {
                            if (data164.max === void 0) {
                              const err376 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.oneOf[1], data: data164 };
                              if (vErrors === null) {
                                vErrors = [err376];
                              } else {
                                vErrors.push(err376);
                              }
                              errors++;
                            }
                          }
                          var _valid22 = _errs448 === errors;
                          if (_valid22 && valid95) {
                            valid95 = false;
                            passing19 = [passing19, 1];
                          } else {
                            if (_valid22) {
                              valid95 = true;
                              passing19 = 1;
                            }
                          }
                          if (!valid95) {
                            const err377 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/oneOf", keyword: "oneOf", params: { passingSchemas: passing19 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps, data: data164 };
                            if (vErrors === null) {
                              vErrors = [err377];
                            } else {
                              vErrors.push(err377);
                            }
                            errors++;
                          } else {
                            errors = _errs446;
                            if (vErrors !== null) {
                              if (_errs446) {
                                vErrors.length = _errs446;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data164 && typeof data164 == "object" && !Array.isArray(data164)) {
                            for (const key34 in data164) {
                              if (!(key34 === "min" || key34 === "max" || key34 === "severity" || key34 === "warn")) {
                                const err378 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps, data: data164 };
                                if (vErrors === null) {
                                  vErrors = [err378];
                                } else {
                                  vErrors.push(err378);
                                }
                                errors++;
                              }
                            }
                            if (data164.min !== void 0) {
                              let data165 = data164.min;
                              const _errs451 = errors;
                              let valid97 = false;
                              let passing20 = null;
                              const _errs452 = errors;
                              if (!(typeof data165 == "number")) {
                                const err379 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.min.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.min.oneOf[0], data: data165 };
                                if (vErrors === null) {
                                  vErrors = [err379];
                                } else {
                                  vErrors.push(err379);
                                }
                                errors++;
                              }
                              var _valid23 = _errs452 === errors;
                              if (_valid23) {
                                valid97 = true;
                                passing20 = 0;
                              }
                              const _errs454 = errors;
                              if (typeof data165 === "string") {
                                if (!pattern34.test(data165)) {
                                  const err380 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.min.oneOf[1], data: data165 };
                                  if (vErrors === null) {
                                    vErrors = [err380];
                                  } else {
                                    vErrors.push(err380);
                                  }
                                  errors++;
                                }
                              } else {
                                const err381 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.min.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.min.oneOf[1], data: data165 };
                                if (vErrors === null) {
                                  vErrors = [err381];
                                } else {
                                  vErrors.push(err381);
                                }
                                errors++;
                              }
                              var _valid23 = _errs454 === errors;
                              if (_valid23 && valid97) {
                                valid97 = false;
                                passing20 = [passing20, 1];
                              } else {
                                if (_valid23) {
                                  valid97 = true;
                                  passing20 = 1;
                                }
                              }
                              if (!valid97) {
                                const err382 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing20 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.min.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.min, data: data165 };
                                if (vErrors === null) {
                                  vErrors = [err382];
                                } else {
                                  vErrors.push(err382);
                                }
                                errors++;
                              } else {
                                errors = _errs451;
                                if (vErrors !== null) {
                                  if (_errs451) {
                                    vErrors.length = _errs451;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data164.max !== void 0) {
                              let data166 = data164.max;
                              const _errs457 = errors;
                              let valid98 = false;
                              let passing21 = null;
                              const _errs458 = errors;
                              if (!(typeof data166 == "number")) {
                                const err383 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.max.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.max.oneOf[0], data: data166 };
                                if (vErrors === null) {
                                  vErrors = [err383];
                                } else {
                                  vErrors.push(err383);
                                }
                                errors++;
                              }
                              var _valid24 = _errs458 === errors;
                              if (_valid24) {
                                valid98 = true;
                                passing21 = 0;
                              }
                              const _errs460 = errors;
                              if (typeof data166 === "string") {
                                if (!pattern34.test(data166)) {
                                  const err384 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.max.oneOf[1], data: data166 };
                                  if (vErrors === null) {
                                    vErrors = [err384];
                                  } else {
                                    vErrors.push(err384);
                                  }
                                  errors++;
                                }
                              } else {
                                const err385 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.max.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.max.oneOf[1], data: data166 };
                                if (vErrors === null) {
                                  vErrors = [err385];
                                } else {
                                  vErrors.push(err385);
                                }
                                errors++;
                              }
                              var _valid24 = _errs460 === errors;
                              if (_valid24 && valid98) {
                                valid98 = false;
                                passing21 = [passing21, 1];
                              } else {
                                if (_valid24) {
                                  valid98 = true;
                                  passing21 = 1;
                                }
                              }
                              if (!valid98) {
                                const err386 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing21 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.max, data: data166 };
                                if (vErrors === null) {
                                  vErrors = [err386];
                                } else {
                                  vErrors.push(err386);
                                }
                                errors++;
                              } else {
                                errors = _errs457;
                                if (vErrors !== null) {
                                  if (_errs457) {
                                    vErrors.length = _errs457;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data164.severity !== void 0) {
                              let data167 = data164.severity;
                              if (typeof data167 !== "string") {
                                const err387 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.severity.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.severity, data: data167 };
                                if (vErrors === null) {
                                  vErrors = [err387];
                                } else {
                                  vErrors.push(err387);
                                }
                                errors++;
                              }
                              if (!(data167 === "critical" || data167 === "major" || data167 === "minor")) {
                                const err388 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.severity.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.severity, data: data167 };
                                if (vErrors === null) {
                                  vErrors = [err388];
                                } else {
                                  vErrors.push(err388);
                                }
                                errors++;
                              }
                            }
                            if (data164.warn !== void 0) {
                              let data168 = data164.warn;
                              if (typeof data168 === "string") {
                                if (!pattern34.test(data168)) {
                                  const err389 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.warn, data: data168 };
                                  if (vErrors === null) {
                                    vErrors = [err389];
                                  } else {
                                    vErrors.push(err389);
                                  }
                                  errors++;
                                }
                              } else {
                                const err390 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.warn.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.properties.warn, data: data168 };
                                if (vErrors === null) {
                                  vErrors = [err390];
                                } else {
                                  vErrors.push(err390);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err391 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/rps", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/rps/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.rps, data: data164 };
                            if (vErrors === null) {
                              vErrors = [err391];
                            } else {
                              vErrors.push(err391);
                            }
                            errors++;
                          }
                        }
                        if (data138.error_rate !== void 0) {
                          let data169 = data138.error_rate;
                          const _errs468 = errors;
                          let valid99 = false;
                          let passing22 = null;
                          const _errs469 = errors;
                          if (data169 && typeof data169 == "object" && !Array.isArray(data169)) {
                            if (data169.min === void 0) {
                              const err392 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.oneOf[0].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.oneOf[0], data: data169 };
                              if (vErrors === null) {
                                vErrors = [err392];
                              } else {
                                vErrors.push(err392);
                              }
                              errors++;
                            }
                          }
                          var _valid25 = _errs469 === errors;
                          if (_valid25) {
                            valid99 = true;
                            passing22 = 0;
                          }
                          const _errs470 = errors;
                          if (data169 && typeof data169 == "object" && !Array.isArray(data169)) {
                            if (data169.max === void 0) {
                              const err393 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.oneOf[1], data: data169 };
                              if (vErrors === null) {
                                vErrors = [err393];
                              } else {
                                vErrors.push(err393);
                              }
                              errors++;
                            }
                          }
                          var _valid25 = _errs470 === errors;
                          if (_valid25 && valid99) {
                            valid99 = false;
                            passing22 = [passing22, 1];
                          } else {
                            if (_valid25) {
                              valid99 = true;
                              passing22 = 1;
                            }
                          }
                          if (!valid99) {
                            const err394 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/oneOf", keyword: "oneOf", params: { passingSchemas: passing22 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate, data: data169 };
                            if (vErrors === null) {
                              vErrors = [err394];
                            } else {
                              vErrors.push(err394);
                            }
                            errors++;
                          } else {
                            errors = _errs468;
                            if (vErrors !== null) {
                              if (_errs468) {
                                vErrors.length = _errs468;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data169 && typeof data169 == "object" && !Array.isArray(data169)) {
                            for (const key35 in data169) {
                              if (!(key35 === "min" || key35 === "max" || key35 === "severity" || key35 === "warn")) {
                                const err395 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate, data: data169 };
                                if (vErrors === null) {
                                  vErrors = [err395];
                                } else {
                                  vErrors.push(err395);
                                }
                                errors++;
                              }
                            }
                            if (data169.min !== void 0) {
                              let data170 = data169.min;
                              const _errs473 = errors;
                              let valid101 = false;
                              let passing23 = null;
                              const _errs474 = errors;
                              if (!(typeof data170 == "number")) {
                                const err396 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.min.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.min.oneOf[0], data: data170 };
                                if (vErrors === null) {
                                  vErrors = [err396];
                                } else {
                                  vErrors.push(err396);
                                }
                                errors++;
                              }
                              var _valid26 = _errs474 === errors;
                              if (_valid26) {
                                valid101 = true;
                                passing23 = 0;
                              }
                              const _errs476 = errors;
                              if (typeof data170 === "string") {
                                if (!pattern34.test(data170)) {
                                  const err397 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.min.oneOf[1], data: data170 };
                                  if (vErrors === null) {
                                    vErrors = [err397];
                                  } else {
                                    vErrors.push(err397);
                                  }
                                  errors++;
                                }
                              } else {
                                const err398 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.min.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.min.oneOf[1], data: data170 };
                                if (vErrors === null) {
                                  vErrors = [err398];
                                } else {
                                  vErrors.push(err398);
                                }
                                errors++;
                              }
                              var _valid26 = _errs476 === errors;
                              if (_valid26 && valid101) {
                                valid101 = false;
                                passing23 = [passing23, 1];
                              } else {
                                if (_valid26) {
                                  valid101 = true;
                                  passing23 = 1;
                                }
                              }
                              if (!valid101) {
                                const err399 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing23 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.min.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.min, data: data170 };
                                if (vErrors === null) {
                                  vErrors = [err399];
                                } else {
                                  vErrors.push(err399);
                                }
                                errors++;
                              } else {
                                errors = _errs473;
                                if (vErrors !== null) {
                                  if (_errs473) {
                                    vErrors.length = _errs473;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data169.max !== void 0) {
                              let data171 = data169.max;
                              const _errs479 = errors;
                              let valid102 = false;
                              let passing24 = null;
                              const _errs480 = errors;
                              if (!(typeof data171 == "number")) {
                                const err400 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.max.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.max.oneOf[0], data: data171 };
                                if (vErrors === null) {
                                  vErrors = [err400];
                                } else {
                                  vErrors.push(err400);
                                }
                                errors++;
                              }
                              var _valid27 = _errs480 === errors;
                              if (_valid27) {
                                valid102 = true;
                                passing24 = 0;
                              }
                              const _errs482 = errors;
                              if (typeof data171 === "string") {
                                if (!pattern34.test(data171)) {
                                  const err401 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.max.oneOf[1], data: data171 };
                                  if (vErrors === null) {
                                    vErrors = [err401];
                                  } else {
                                    vErrors.push(err401);
                                  }
                                  errors++;
                                }
                              } else {
                                const err402 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.max.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.max.oneOf[1], data: data171 };
                                if (vErrors === null) {
                                  vErrors = [err402];
                                } else {
                                  vErrors.push(err402);
                                }
                                errors++;
                              }
                              var _valid27 = _errs482 === errors;
                              if (_valid27 && valid102) {
                                valid102 = false;
                                passing24 = [passing24, 1];
                              } else {
                                if (_valid27) {
                                  valid102 = true;
                                  passing24 = 1;
                                }
                              }
                              if (!valid102) {
                                const err403 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing24 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.max, data: data171 };
                                if (vErrors === null) {
                                  vErrors = [err403];
                                } else {
                                  vErrors.push(err403);
                                }
                                errors++;
                              } else {
                                errors = _errs479;
                                if (vErrors !== null) {
                                  if (_errs479) {
                                    vErrors.length = _errs479;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data169.severity !== void 0) {
                              let data172 = data169.severity;
                              if (typeof data172 !== "string") {
                                const err404 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.severity.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.severity, data: data172 };
                                if (vErrors === null) {
                                  vErrors = [err404];
                                } else {
                                  vErrors.push(err404);
                                }
                                errors++;
                              }
                              if (!(data172 === "critical" || data172 === "major" || data172 === "minor")) {
                                const err405 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.severity.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.severity, data: data172 };
                                if (vErrors === null) {
                                  vErrors = [err405];
                                } else {
                                  vErrors.push(err405);
                                }
                                errors++;
                              }
                            }
                            if (data169.warn !== void 0) {
                              let data173 = data169.warn;
                              if (typeof data173 === "string") {
                                if (!pattern34.test(data173)) {
                                  const err406 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.warn, data: data173 };
                                  if (vErrors === null) {
                                    vErrors = [err406];
                                  } else {
                                    vErrors.push(err406);
                                  }
                                  errors++;
                                }
                              } else {
                                const err407 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.warn.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.properties.warn, data: data173 };
                                if (vErrors === null) {
                                  vErrors = [err407];
                                } else {
                                  vErrors.push(err407);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err408 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/error_rate", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/error_rate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.error_rate, data: data169 };
                            if (vErrors === null) {
                              vErrors = [err408];
                            } else {
                              vErrors.push(err408);
                            }
                            errors++;
                          }
                        }
                        if (data138.reliability !== void 0) {
                          let data174 = data138.reliability;
                          const _errs490 = errors;
                          let valid103 = false;
                          let passing25 = null;
                          const _errs491 = errors;
                          if (data174 && typeof data174 == "object" && !Array.isArray(data174)) {
                            if (data174.min === void 0) {
                              const err409 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.oneOf[0].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.oneOf[0], data: data174 };
                              if (vErrors === null) {
                                vErrors = [err409];
                              } else {
                                vErrors.push(err409);
                              }
                              errors++;
                            }
                          }
                          var _valid28 = _errs491 === errors;
                          if (_valid28) {
                            valid103 = true;
                            passing25 = 0;
                          }
                          const _errs492 = errors;
                          if (data174 && typeof data174 == "object" && !Array.isArray(data174)) {
                            if (data174.max === void 0) {
                              const err410 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.oneOf[1], data: data174 };
                              if (vErrors === null) {
                                vErrors = [err410];
                              } else {
                                vErrors.push(err410);
                              }
                              errors++;
                            }
                          }
                          var _valid28 = _errs492 === errors;
                          if (_valid28 && valid103) {
                            valid103 = false;
                            passing25 = [passing25, 1];
                          } else {
                            if (_valid28) {
                              valid103 = true;
                              passing25 = 1;
                            }
                          }
                          if (!valid103) {
                            const err411 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/oneOf", keyword: "oneOf", params: { passingSchemas: passing25 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability, data: data174 };
                            if (vErrors === null) {
                              vErrors = [err411];
                            } else {
                              vErrors.push(err411);
                            }
                            errors++;
                          } else {
                            errors = _errs490;
                            if (vErrors !== null) {
                              if (_errs490) {
                                vErrors.length = _errs490;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data174 && typeof data174 == "object" && !Array.isArray(data174)) {
                            for (const key36 in data174) {
                              if (!(key36 === "min" || key36 === "max" || key36 === "severity" || key36 === "warn")) {
                                const err412 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability, data: data174 };
                                if (vErrors === null) {
                                  vErrors = [err412];
                                } else {
                                  vErrors.push(err412);
                                }
                                errors++;
                              }
                            }
                            if (data174.min !== void 0) {
                              let data175 = data174.min;
                              const _errs495 = errors;
                              let valid105 = false;
                              let passing26 = null;
                              const _errs496 = errors;
                              if (!(typeof data175 == "number")) {
                                const err413 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.min.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.min.oneOf[0], data: data175 };
                                if (vErrors === null) {
                                  vErrors = [err413];
                                } else {
                                  vErrors.push(err413);
                                }
                                errors++;
                              }
                              var _valid29 = _errs496 === errors;
                              if (_valid29) {
                                valid105 = true;
                                passing26 = 0;
                              }
                              const _errs498 = errors;
                              if (typeof data175 === "string") {
                                if (!pattern34.test(data175)) {
                                  const err414 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.min.oneOf[1], data: data175 };
                                  if (vErrors === null) {
                                    vErrors = [err414];
                                  } else {
                                    vErrors.push(err414);
                                  }
                                  errors++;
                                }
                              } else {
                                const err415 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.min.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.min.oneOf[1], data: data175 };
                                if (vErrors === null) {
                                  vErrors = [err415];
                                } else {
                                  vErrors.push(err415);
                                }
                                errors++;
                              }
                              var _valid29 = _errs498 === errors;
                              if (_valid29 && valid105) {
                                valid105 = false;
                                passing26 = [passing26, 1];
                              } else {
                                if (_valid29) {
                                  valid105 = true;
                                  passing26 = 1;
                                }
                              }
                              if (!valid105) {
                                const err416 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing26 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.min.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.min, data: data175 };
                                if (vErrors === null) {
                                  vErrors = [err416];
                                } else {
                                  vErrors.push(err416);
                                }
                                errors++;
                              } else {
                                errors = _errs495;
                                if (vErrors !== null) {
                                  if (_errs495) {
                                    vErrors.length = _errs495;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data174.max !== void 0) {
                              let data176 = data174.max;
                              const _errs501 = errors;
                              let valid106 = false;
                              let passing27 = null;
                              const _errs502 = errors;
                              if (!(typeof data176 == "number")) {
                                const err417 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.max.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.max.oneOf[0], data: data176 };
                                if (vErrors === null) {
                                  vErrors = [err417];
                                } else {
                                  vErrors.push(err417);
                                }
                                errors++;
                              }
                              var _valid30 = _errs502 === errors;
                              if (_valid30) {
                                valid106 = true;
                                passing27 = 0;
                              }
                              const _errs504 = errors;
                              if (typeof data176 === "string") {
                                if (!pattern34.test(data176)) {
                                  const err418 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.max.oneOf[1], data: data176 };
                                  if (vErrors === null) {
                                    vErrors = [err418];
                                  } else {
                                    vErrors.push(err418);
                                  }
                                  errors++;
                                }
                              } else {
                                const err419 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.max.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.max.oneOf[1], data: data176 };
                                if (vErrors === null) {
                                  vErrors = [err419];
                                } else {
                                  vErrors.push(err419);
                                }
                                errors++;
                              }
                              var _valid30 = _errs504 === errors;
                              if (_valid30 && valid106) {
                                valid106 = false;
                                passing27 = [passing27, 1];
                              } else {
                                if (_valid30) {
                                  valid106 = true;
                                  passing27 = 1;
                                }
                              }
                              if (!valid106) {
                                const err420 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing27 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.max, data: data176 };
                                if (vErrors === null) {
                                  vErrors = [err420];
                                } else {
                                  vErrors.push(err420);
                                }
                                errors++;
                              } else {
                                errors = _errs501;
                                if (vErrors !== null) {
                                  if (_errs501) {
                                    vErrors.length = _errs501;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data174.severity !== void 0) {
                              let data177 = data174.severity;
                              if (typeof data177 !== "string") {
                                const err421 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.severity.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.severity, data: data177 };
                                if (vErrors === null) {
                                  vErrors = [err421];
                                } else {
                                  vErrors.push(err421);
                                }
                                errors++;
                              }
                              if (!(data177 === "critical" || data177 === "major" || data177 === "minor")) {
                                const err422 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.severity.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.severity, data: data177 };
                                if (vErrors === null) {
                                  vErrors = [err422];
                                } else {
                                  vErrors.push(err422);
                                }
                                errors++;
                              }
                            }
                            if (data174.warn !== void 0) {
                              let data178 = data174.warn;
                              if (typeof data178 === "string") {
                                if (!pattern34.test(data178)) {
                                  const err423 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.warn, data: data178 };
                                  if (vErrors === null) {
                                    vErrors = [err423];
                                  } else {
                                    vErrors.push(err423);
                                  }
                                  errors++;
                                }
                              } else {
                                const err424 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.warn.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.properties.warn, data: data178 };
                                if (vErrors === null) {
                                  vErrors = [err424];
                                } else {
                                  vErrors.push(err424);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err425 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/reliability", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/reliability/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.reliability, data: data174 };
                            if (vErrors === null) {
                              vErrors = [err425];
                            } else {
                              vErrors.push(err425);
                            }
                            errors++;
                          }
                        }
                        if (data138.requests !== void 0) {
                          let data179 = data138.requests;
                          const _errs512 = errors;
                          let valid107 = false;
                          let passing28 = null;
                          const _errs513 = errors;
                          if (data179 && typeof data179 == "object" && !Array.isArray(data179)) {
                            if (data179.min === void 0) {
                              const err426 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.oneOf[0].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.oneOf[0], data: data179 };
                              if (vErrors === null) {
                                vErrors = [err426];
                              } else {
                                vErrors.push(err426);
                              }
                              errors++;
                            }
                          }
                          var _valid31 = _errs513 === errors;
                          if (_valid31) {
                            valid107 = true;
                            passing28 = 0;
                          }
                          const _errs514 = errors;
                          if (data179 && typeof data179 == "object" && !Array.isArray(data179)) {
                            if (data179.max === void 0) {
                              const err427 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.oneOf[1], data: data179 };
                              if (vErrors === null) {
                                vErrors = [err427];
                              } else {
                                vErrors.push(err427);
                              }
                              errors++;
                            }
                          }
                          var _valid31 = _errs514 === errors;
                          if (_valid31 && valid107) {
                            valid107 = false;
                            passing28 = [passing28, 1];
                          } else {
                            if (_valid31) {
                              valid107 = true;
                              passing28 = 1;
                            }
                          }
                          if (!valid107) {
                            const err428 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/oneOf", keyword: "oneOf", params: { passingSchemas: passing28 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests, data: data179 };
                            if (vErrors === null) {
                              vErrors = [err428];
                            } else {
                              vErrors.push(err428);
                            }
                            errors++;
                          } else {
                            errors = _errs512;
                            if (vErrors !== null) {
                              if (_errs512) {
                                vErrors.length = _errs512;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data179 && typeof data179 == "object" && !Array.isArray(data179)) {
                            for (const key37 in data179) {
                              if (!(key37 === "min" || key37 === "max" || key37 === "severity" || key37 === "warn")) {
                                const err429 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests, data: data179 };
                                if (vErrors === null) {
                                  vErrors = [err429];
                                } else {
                                  vErrors.push(err429);
                                }
                                errors++;
                              }
                            }
                            if (data179.min !== void 0) {
                              let data180 = data179.min;
                              const _errs517 = errors;
                              let valid109 = false;
                              let passing29 = null;
                              const _errs518 = errors;
                              if (!(typeof data180 == "number")) {
                                const err430 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.min.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.min.oneOf[0], data: data180 };
                                if (vErrors === null) {
                                  vErrors = [err430];
                                } else {
                                  vErrors.push(err430);
                                }
                                errors++;
                              }
                              var _valid32 = _errs518 === errors;
                              if (_valid32) {
                                valid109 = true;
                                passing29 = 0;
                              }
                              const _errs520 = errors;
                              if (typeof data180 === "string") {
                                if (!pattern34.test(data180)) {
                                  const err431 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.min.oneOf[1], data: data180 };
                                  if (vErrors === null) {
                                    vErrors = [err431];
                                  } else {
                                    vErrors.push(err431);
                                  }
                                  errors++;
                                }
                              } else {
                                const err432 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.min.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.min.oneOf[1], data: data180 };
                                if (vErrors === null) {
                                  vErrors = [err432];
                                } else {
                                  vErrors.push(err432);
                                }
                                errors++;
                              }
                              var _valid32 = _errs520 === errors;
                              if (_valid32 && valid109) {
                                valid109 = false;
                                passing29 = [passing29, 1];
                              } else {
                                if (_valid32) {
                                  valid109 = true;
                                  passing29 = 1;
                                }
                              }
                              if (!valid109) {
                                const err433 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing29 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.min.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.min, data: data180 };
                                if (vErrors === null) {
                                  vErrors = [err433];
                                } else {
                                  vErrors.push(err433);
                                }
                                errors++;
                              } else {
                                errors = _errs517;
                                if (vErrors !== null) {
                                  if (_errs517) {
                                    vErrors.length = _errs517;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data179.max !== void 0) {
                              let data181 = data179.max;
                              const _errs523 = errors;
                              let valid110 = false;
                              let passing30 = null;
                              const _errs524 = errors;
                              if (!(typeof data181 == "number")) {
                                const err434 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.max.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.max.oneOf[0], data: data181 };
                                if (vErrors === null) {
                                  vErrors = [err434];
                                } else {
                                  vErrors.push(err434);
                                }
                                errors++;
                              }
                              var _valid33 = _errs524 === errors;
                              if (_valid33) {
                                valid110 = true;
                                passing30 = 0;
                              }
                              const _errs526 = errors;
                              if (typeof data181 === "string") {
                                if (!pattern34.test(data181)) {
                                  const err435 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.max.oneOf[1], data: data181 };
                                  if (vErrors === null) {
                                    vErrors = [err435];
                                  } else {
                                    vErrors.push(err435);
                                  }
                                  errors++;
                                }
                              } else {
                                const err436 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.max.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.max.oneOf[1], data: data181 };
                                if (vErrors === null) {
                                  vErrors = [err436];
                                } else {
                                  vErrors.push(err436);
                                }
                                errors++;
                              }
                              var _valid33 = _errs526 === errors;
                              if (_valid33 && valid110) {
                                valid110 = false;
                                passing30 = [passing30, 1];
                              } else {
                                if (_valid33) {
                                  valid110 = true;
                                  passing30 = 1;
                                }
                              }
                              if (!valid110) {
                                const err437 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing30 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.max, data: data181 };
                                if (vErrors === null) {
                                  vErrors = [err437];
                                } else {
                                  vErrors.push(err437);
                                }
                                errors++;
                              } else {
                                errors = _errs523;
                                if (vErrors !== null) {
                                  if (_errs523) {
                                    vErrors.length = _errs523;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data179.severity !== void 0) {
                              let data182 = data179.severity;
                              if (typeof data182 !== "string") {
                                const err438 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.severity.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.severity, data: data182 };
                                if (vErrors === null) {
                                  vErrors = [err438];
                                } else {
                                  vErrors.push(err438);
                                }
                                errors++;
                              }
                              if (!(data182 === "critical" || data182 === "major" || data182 === "minor")) {
                                const err439 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.severity.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.severity, data: data182 };
                                if (vErrors === null) {
                                  vErrors = [err439];
                                } else {
                                  vErrors.push(err439);
                                }
                                errors++;
                              }
                            }
                            if (data179.warn !== void 0) {
                              let data183 = data179.warn;
                              if (typeof data183 === "string") {
                                if (!pattern34.test(data183)) {
                                  const err440 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.warn, data: data183 };
                                  if (vErrors === null) {
                                    vErrors = [err440];
                                  } else {
                                    vErrors.push(err440);
                                  }
                                  errors++;
                                }
                              } else {
                                const err441 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.warn.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.properties.warn, data: data183 };
                                if (vErrors === null) {
                                  vErrors = [err441];
                                } else {
                                  vErrors.push(err441);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err442 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/requests", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.requests, data: data179 };
                            if (vErrors === null) {
                              vErrors = [err442];
                            } else {
                              vErrors.push(err442);
                            }
                            errors++;
                          }
                        }
                        if (data138.cpu_percent_max !== void 0) {
                          let data184 = data138.cpu_percent_max;
                          const _errs534 = errors;
                          let valid111 = false;
                          let passing31 = null;
                          const _errs535 = errors;
                          if (data184 && typeof data184 == "object" && !Array.isArray(data184)) {
                            if (data184.min === void 0) {
                              const err443 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.oneOf[0].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.oneOf[0], data: data184 };
                              if (vErrors === null) {
                                vErrors = [err443];
                              } else {
                                vErrors.push(err443);
                              }
                              errors++;
                            }
                          }
                          var _valid34 = _errs535 === errors;
                          if (_valid34) {
                            valid111 = true;
                            passing31 = 0;
                          }
                          const _errs536 = errors;
                          if (data184 && typeof data184 == "object" && !Array.isArray(data184)) {
                            if (data184.max === void 0) {
                              const err444 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.oneOf[1], data: data184 };
                              if (vErrors === null) {
                                vErrors = [err444];
                              } else {
                                vErrors.push(err444);
                              }
                              errors++;
                            }
                          }
                          var _valid34 = _errs536 === errors;
                          if (_valid34 && valid111) {
                            valid111 = false;
                            passing31 = [passing31, 1];
                          } else {
                            if (_valid34) {
                              valid111 = true;
                              passing31 = 1;
                            }
                          }
                          if (!valid111) {
                            const err445 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/oneOf", keyword: "oneOf", params: { passingSchemas: passing31 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max, data: data184 };
                            if (vErrors === null) {
                              vErrors = [err445];
                            } else {
                              vErrors.push(err445);
                            }
                            errors++;
                          } else {
                            errors = _errs534;
                            if (vErrors !== null) {
                              if (_errs534) {
                                vErrors.length = _errs534;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data184 && typeof data184 == "object" && !Array.isArray(data184)) {
                            for (const key38 in data184) {
                              if (!(key38 === "min" || key38 === "max" || key38 === "severity" || key38 === "warn")) {
                                const err446 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max, data: data184 };
                                if (vErrors === null) {
                                  vErrors = [err446];
                                } else {
                                  vErrors.push(err446);
                                }
                                errors++;
                              }
                            }
                            if (data184.min !== void 0) {
                              let data185 = data184.min;
                              const _errs539 = errors;
                              let valid113 = false;
                              let passing32 = null;
                              const _errs540 = errors;
                              if (!(typeof data185 == "number")) {
                                const err447 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[0], data: data185 };
                                if (vErrors === null) {
                                  vErrors = [err447];
                                } else {
                                  vErrors.push(err447);
                                }
                                errors++;
                              }
                              var _valid35 = _errs540 === errors;
                              if (_valid35) {
                                valid113 = true;
                                passing32 = 0;
                              }
                              const _errs542 = errors;
                              if (typeof data185 === "string") {
                                if (!pattern34.test(data185)) {
                                  const err448 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[1], data: data185 };
                                  if (vErrors === null) {
                                    vErrors = [err448];
                                  } else {
                                    vErrors.push(err448);
                                  }
                                  errors++;
                                }
                              } else {
                                const err449 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf[1], data: data185 };
                                if (vErrors === null) {
                                  vErrors = [err449];
                                } else {
                                  vErrors.push(err449);
                                }
                                errors++;
                              }
                              var _valid35 = _errs542 === errors;
                              if (_valid35 && valid113) {
                                valid113 = false;
                                passing32 = [passing32, 1];
                              } else {
                                if (_valid35) {
                                  valid113 = true;
                                  passing32 = 1;
                                }
                              }
                              if (!valid113) {
                                const err450 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing32 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.min.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.min, data: data185 };
                                if (vErrors === null) {
                                  vErrors = [err450];
                                } else {
                                  vErrors.push(err450);
                                }
                                errors++;
                              } else {
                                errors = _errs539;
                                if (vErrors !== null) {
                                  if (_errs539) {
                                    vErrors.length = _errs539;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data184.max !== void 0) {
                              let data186 = data184.max;
                              const _errs545 = errors;
                              let valid114 = false;
                              let passing33 = null;
                              const _errs546 = errors;
                              if (!(typeof data186 == "number")) {
                                const err451 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[0], data: data186 };
                                if (vErrors === null) {
                                  vErrors = [err451];
                                } else {
                                  vErrors.push(err451);
                                }
                                errors++;
                              }
                              var _valid36 = _errs546 === errors;
                              if (_valid36) {
                                valid114 = true;
                                passing33 = 0;
                              }
                              const _errs548 = errors;
                              if (typeof data186 === "string") {
                                if (!pattern34.test(data186)) {
                                  const err452 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[1], data: data186 };
                                  if (vErrors === null) {
                                    vErrors = [err452];
                                  } else {
                                    vErrors.push(err452);
                                  }
                                  errors++;
                                }
                              } else {
                                const err453 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf[1], data: data186 };
                                if (vErrors === null) {
                                  vErrors = [err453];
                                } else {
                                  vErrors.push(err453);
                                }
                                errors++;
                              }
                              var _valid36 = _errs548 === errors;
                              if (_valid36 && valid114) {
                                valid114 = false;
                                passing33 = [passing33, 1];
                              } else {
                                if (_valid36) {
                                  valid114 = true;
                                  passing33 = 1;
                                }
                              }
                              if (!valid114) {
                                const err454 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing33 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.max, data: data186 };
                                if (vErrors === null) {
                                  vErrors = [err454];
                                } else {
                                  vErrors.push(err454);
                                }
                                errors++;
                              } else {
                                errors = _errs545;
                                if (vErrors !== null) {
                                  if (_errs545) {
                                    vErrors.length = _errs545;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data184.severity !== void 0) {
                              let data187 = data184.severity;
                              if (typeof data187 !== "string") {
                                const err455 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.severity.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.severity, data: data187 };
                                if (vErrors === null) {
                                  vErrors = [err455];
                                } else {
                                  vErrors.push(err455);
                                }
                                errors++;
                              }
                              if (!(data187 === "critical" || data187 === "major" || data187 === "minor")) {
                                const err456 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.severity.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.severity, data: data187 };
                                if (vErrors === null) {
                                  vErrors = [err456];
                                } else {
                                  vErrors.push(err456);
                                }
                                errors++;
                              }
                            }
                            if (data184.warn !== void 0) {
                              let data188 = data184.warn;
                              if (typeof data188 === "string") {
                                if (!pattern34.test(data188)) {
                                  const err457 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.warn, data: data188 };
                                  if (vErrors === null) {
                                    vErrors = [err457];
                                  } else {
                                    vErrors.push(err457);
                                  }
                                  errors++;
                                }
                              } else {
                                const err458 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.warn.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.properties.warn, data: data188 };
                                if (vErrors === null) {
                                  vErrors = [err458];
                                } else {
                                  vErrors.push(err458);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err459 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/cpu_percent_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/cpu_percent_max/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.cpu_percent_max, data: data184 };
                            if (vErrors === null) {
                              vErrors = [err459];
                            } else {
                              vErrors.push(err459);
                            }
                            errors++;
                          }
                        }
                        if (data138.memory_bytes_max !== void 0) {
                          let data189 = data138.memory_bytes_max;
                          const _errs556 = errors;
                          let valid115 = false;
                          let passing34 = null;
                          const _errs557 = errors;
                          if (data189 && typeof data189 == "object" && !Array.isArray(data189)) {
                            if (data189.min === void 0) {
                              const err460 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.oneOf[0].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.oneOf[0], data: data189 };
                              if (vErrors === null) {
                                vErrors = [err460];
                              } else {
                                vErrors.push(err460);
                              }
                              errors++;
                            }
                          }
                          var _valid37 = _errs557 === errors;
                          if (_valid37) {
                            valid115 = true;
                            passing34 = 0;
                          }
                          const _errs558 = errors;
                          if (data189 && typeof data189 == "object" && !Array.isArray(data189)) {
                            if (data189.max === void 0) {
                              const err461 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.oneOf[1], data: data189 };
                              if (vErrors === null) {
                                vErrors = [err461];
                              } else {
                                vErrors.push(err461);
                              }
                              errors++;
                            }
                          }
                          var _valid37 = _errs558 === errors;
                          if (_valid37 && valid115) {
                            valid115 = false;
                            passing34 = [passing34, 1];
                          } else {
                            if (_valid37) {
                              valid115 = true;
                              passing34 = 1;
                            }
                          }
                          if (!valid115) {
                            const err462 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/oneOf", keyword: "oneOf", params: { passingSchemas: passing34 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max, data: data189 };
                            if (vErrors === null) {
                              vErrors = [err462];
                            } else {
                              vErrors.push(err462);
                            }
                            errors++;
                          } else {
                            errors = _errs556;
                            if (vErrors !== null) {
                              if (_errs556) {
                                vErrors.length = _errs556;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data189 && typeof data189 == "object" && !Array.isArray(data189)) {
                            for (const key39 in data189) {
                              if (!(key39 === "min" || key39 === "max" || key39 === "severity" || key39 === "warn")) {
                                const err463 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max, data: data189 };
                                if (vErrors === null) {
                                  vErrors = [err463];
                                } else {
                                  vErrors.push(err463);
                                }
                                errors++;
                              }
                            }
                            if (data189.min !== void 0) {
                              let data190 = data189.min;
                              const _errs561 = errors;
                              let valid117 = false;
                              let passing35 = null;
                              const _errs562 = errors;
                              if (!(typeof data190 == "number")) {
                                const err464 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[0], data: data190 };
                                if (vErrors === null) {
                                  vErrors = [err464];
                                } else {
                                  vErrors.push(err464);
                                }
                                errors++;
                              }
                              var _valid38 = _errs562 === errors;
                              if (_valid38) {
                                valid117 = true;
                                passing35 = 0;
                              }
                              const _errs564 = errors;
                              if (typeof data190 === "string") {
                                if (!pattern34.test(data190)) {
                                  const err465 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[1], data: data190 };
                                  if (vErrors === null) {
                                    vErrors = [err465];
                                  } else {
                                    vErrors.push(err465);
                                  }
                                  errors++;
                                }
                              } else {
                                const err466 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf[1], data: data190 };
                                if (vErrors === null) {
                                  vErrors = [err466];
                                } else {
                                  vErrors.push(err466);
                                }
                                errors++;
                              }
                              var _valid38 = _errs564 === errors;
                              if (_valid38 && valid117) {
                                valid117 = false;
                                passing35 = [passing35, 1];
                              } else {
                                if (_valid38) {
                                  valid117 = true;
                                  passing35 = 1;
                                }
                              }
                              if (!valid117) {
                                const err467 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing35 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.min.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.min, data: data190 };
                                if (vErrors === null) {
                                  vErrors = [err467];
                                } else {
                                  vErrors.push(err467);
                                }
                                errors++;
                              } else {
                                errors = _errs561;
                                if (vErrors !== null) {
                                  if (_errs561) {
                                    vErrors.length = _errs561;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data189.max !== void 0) {
                              let data191 = data189.max;
                              const _errs567 = errors;
                              let valid118 = false;
                              let passing36 = null;
                              const _errs568 = errors;
                              if (!(typeof data191 == "number")) {
                                const err468 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[0], data: data191 };
                                if (vErrors === null) {
                                  vErrors = [err468];
                                } else {
                                  vErrors.push(err468);
                                }
                                errors++;
                              }
                              var _valid39 = _errs568 === errors;
                              if (_valid39) {
                                valid118 = true;
                                passing36 = 0;
                              }
                              const _errs570 = errors;
                              if (typeof data191 === "string") {
                                if (!pattern34.test(data191)) {
                                  const err469 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[1], data: data191 };
                                  if (vErrors === null) {
                                    vErrors = [err469];
                                  } else {
                                    vErrors.push(err469);
                                  }
                                  errors++;
                                }
                              } else {
                                const err470 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf[1], data: data191 };
                                if (vErrors === null) {
                                  vErrors = [err470];
                                } else {
                                  vErrors.push(err470);
                                }
                                errors++;
                              }
                              var _valid39 = _errs570 === errors;
                              if (_valid39 && valid118) {
                                valid118 = false;
                                passing36 = [passing36, 1];
                              } else {
                                if (_valid39) {
                                  valid118 = true;
                                  passing36 = 1;
                                }
                              }
                              if (!valid118) {
                                const err471 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing36 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.max, data: data191 };
                                if (vErrors === null) {
                                  vErrors = [err471];
                                } else {
                                  vErrors.push(err471);
                                }
                                errors++;
                              } else {
                                errors = _errs567;
                                if (vErrors !== null) {
                                  if (_errs567) {
                                    vErrors.length = _errs567;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data189.severity !== void 0) {
                              let data192 = data189.severity;
                              if (typeof data192 !== "string") {
                                const err472 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.severity.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.severity, data: data192 };
                                if (vErrors === null) {
                                  vErrors = [err472];
                                } else {
                                  vErrors.push(err472);
                                }
                                errors++;
                              }
                              if (!(data192 === "critical" || data192 === "major" || data192 === "minor")) {
                                const err473 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.severity.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.severity, data: data192 };
                                if (vErrors === null) {
                                  vErrors = [err473];
                                } else {
                                  vErrors.push(err473);
                                }
                                errors++;
                              }
                            }
                            if (data189.warn !== void 0) {
                              let data193 = data189.warn;
                              if (typeof data193 === "string") {
                                if (!pattern34.test(data193)) {
                                  const err474 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.warn, data: data193 };
                                  if (vErrors === null) {
                                    vErrors = [err474];
                                  } else {
                                    vErrors.push(err474);
                                  }
                                  errors++;
                                }
                              } else {
                                const err475 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.warn.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.properties.warn, data: data193 };
                                if (vErrors === null) {
                                  vErrors = [err475];
                                } else {
                                  vErrors.push(err475);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err476 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/memory_bytes_max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/memory_bytes_max/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.memory_bytes_max, data: data189 };
                            if (vErrors === null) {
                              vErrors = [err476];
                            } else {
                              vErrors.push(err476);
                            }
                            errors++;
                          }
                        }
                        if (data138.limit_rps !== void 0) {
                          let data194 = data138.limit_rps;
                          const _errs578 = errors;
                          let valid119 = false;
                          let passing37 = null;
                          const _errs579 = errors;
                          if (data194 && typeof data194 == "object" && !Array.isArray(data194)) {
                            if (data194.min === void 0) {
                              const err477 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.oneOf[0].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.oneOf[0], data: data194 };
                              if (vErrors === null) {
                                vErrors = [err477];
                              } else {
                                vErrors.push(err477);
                              }
                              errors++;
                            }
                          }
                          var _valid40 = _errs579 === errors;
                          if (_valid40) {
                            valid119 = true;
                            passing37 = 0;
                          }
                          const _errs580 = errors;
                          if (data194 && typeof data194 == "object" && !Array.isArray(data194)) {
                            if (data194.max === void 0) {
                              const err478 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.oneOf[1], data: data194 };
                              if (vErrors === null) {
                                vErrors = [err478];
                              } else {
                                vErrors.push(err478);
                              }
                              errors++;
                            }
                          }
                          var _valid40 = _errs580 === errors;
                          if (_valid40 && valid119) {
                            valid119 = false;
                            passing37 = [passing37, 1];
                          } else {
                            if (_valid40) {
                              valid119 = true;
                              passing37 = 1;
                            }
                          }
                          if (!valid119) {
                            const err479 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/oneOf", keyword: "oneOf", params: { passingSchemas: passing37 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps, data: data194 };
                            if (vErrors === null) {
                              vErrors = [err479];
                            } else {
                              vErrors.push(err479);
                            }
                            errors++;
                          } else {
                            errors = _errs578;
                            if (vErrors !== null) {
                              if (_errs578) {
                                vErrors.length = _errs578;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data194 && typeof data194 == "object" && !Array.isArray(data194)) {
                            for (const key40 in data194) {
                              if (!(key40 === "min" || key40 === "max" || key40 === "severity" || key40 === "warn")) {
                                const err480 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps, data: data194 };
                                if (vErrors === null) {
                                  vErrors = [err480];
                                } else {
                                  vErrors.push(err480);
                                }
                                errors++;
                              }
                            }
                            if (data194.min !== void 0) {
                              let data195 = data194.min;
                              const _errs583 = errors;
                              let valid121 = false;
                              let passing38 = null;
                              const _errs584 = errors;
                              if (!(typeof data195 == "number")) {
                                const err481 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.min.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.min.oneOf[0], data: data195 };
                                if (vErrors === null) {
                                  vErrors = [err481];
                                } else {
                                  vErrors.push(err481);
                                }
                                errors++;
                              }
                              var _valid41 = _errs584 === errors;
                              if (_valid41) {
                                valid121 = true;
                                passing38 = 0;
                              }
                              const _errs586 = errors;
                              if (typeof data195 === "string") {
                                if (!pattern34.test(data195)) {
                                  const err482 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.min.oneOf[1], data: data195 };
                                  if (vErrors === null) {
                                    vErrors = [err482];
                                  } else {
                                    vErrors.push(err482);
                                  }
                                  errors++;
                                }
                              } else {
                                const err483 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.min.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.min.oneOf[1], data: data195 };
                                if (vErrors === null) {
                                  vErrors = [err483];
                                } else {
                                  vErrors.push(err483);
                                }
                                errors++;
                              }
                              var _valid41 = _errs586 === errors;
                              if (_valid41 && valid121) {
                                valid121 = false;
                                passing38 = [passing38, 1];
                              } else {
                                if (_valid41) {
                                  valid121 = true;
                                  passing38 = 1;
                                }
                              }
                              if (!valid121) {
                                const err484 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing38 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.min.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.min, data: data195 };
                                if (vErrors === null) {
                                  vErrors = [err484];
                                } else {
                                  vErrors.push(err484);
                                }
                                errors++;
                              } else {
                                errors = _errs583;
                                if (vErrors !== null) {
                                  if (_errs583) {
                                    vErrors.length = _errs583;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data194.max !== void 0) {
                              let data196 = data194.max;
                              const _errs589 = errors;
                              let valid122 = false;
                              let passing39 = null;
                              const _errs590 = errors;
                              if (!(typeof data196 == "number")) {
                                const err485 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.max.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.max.oneOf[0], data: data196 };
                                if (vErrors === null) {
                                  vErrors = [err485];
                                } else {
                                  vErrors.push(err485);
                                }
                                errors++;
                              }
                              var _valid42 = _errs590 === errors;
                              if (_valid42) {
                                valid122 = true;
                                passing39 = 0;
                              }
                              const _errs592 = errors;
                              if (typeof data196 === "string") {
                                if (!pattern34.test(data196)) {
                                  const err486 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.max.oneOf[1], data: data196 };
                                  if (vErrors === null) {
                                    vErrors = [err486];
                                  } else {
                                    vErrors.push(err486);
                                  }
                                  errors++;
                                }
                              } else {
                                const err487 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.max.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.max.oneOf[1], data: data196 };
                                if (vErrors === null) {
                                  vErrors = [err487];
                                } else {
                                  vErrors.push(err487);
                                }
                                errors++;
                              }
                              var _valid42 = _errs592 === errors;
                              if (_valid42 && valid122) {
                                valid122 = false;
                                passing39 = [passing39, 1];
                              } else {
                                if (_valid42) {
                                  valid122 = true;
                                  passing39 = 1;
                                }
                              }
                              if (!valid122) {
                                const err488 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing39 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.max, data: data196 };
                                if (vErrors === null) {
                                  vErrors = [err488];
                                } else {
                                  vErrors.push(err488);
                                }
                                errors++;
                              } else {
                                errors = _errs589;
                                if (vErrors !== null) {
                                  if (_errs589) {
                                    vErrors.length = _errs589;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data194.severity !== void 0) {
                              let data197 = data194.severity;
                              if (typeof data197 !== "string") {
                                const err489 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.severity.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.severity, data: data197 };
                                if (vErrors === null) {
                                  vErrors = [err489];
                                } else {
                                  vErrors.push(err489);
                                }
                                errors++;
                              }
                              if (!(data197 === "critical" || data197 === "major" || data197 === "minor")) {
                                const err490 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.severity.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.severity, data: data197 };
                                if (vErrors === null) {
                                  vErrors = [err490];
                                } else {
                                  vErrors.push(err490);
                                }
                                errors++;
                              }
                            }
                            if (data194.warn !== void 0) {
                              let data198 = data194.warn;
                              if (typeof data198 === "string") {
                                if (!pattern34.test(data198)) {
                                  const err491 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.warn, data: data198 };
                                  if (vErrors === null) {
                                    vErrors = [err491];
                                  } else {
                                    vErrors.push(err491);
                                  }
                                  errors++;
                                }
                              } else {
                                const err492 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.warn.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.properties.warn, data: data198 };
                                if (vErrors === null) {
                                  vErrors = [err492];
                                } else {
                                  vErrors.push(err492);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err493 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/limit_rps", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/limit_rps/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.limit_rps, data: data194 };
                            if (vErrors === null) {
                              vErrors = [err493];
                            } else {
                              vErrors.push(err493);
                            }
                            errors++;
                          }
                        }
                        if (data138.k6_thresholds !== void 0) {
                          let data199 = data138.k6_thresholds;
                          const _errs600 = errors;
                          let valid123 = false;
                          let passing40 = null;
                          const _errs601 = errors;
                          if (data199 && typeof data199 == "object" && !Array.isArray(data199)) {
                            if (data199.min === void 0) {
                              const err494 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.oneOf[0].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.oneOf[0], data: data199 };
                              if (vErrors === null) {
                                vErrors = [err494];
                              } else {
                                vErrors.push(err494);
                              }
                              errors++;
                            }
                          }
                          var _valid43 = _errs601 === errors;
                          if (_valid43) {
                            valid123 = true;
                            passing40 = 0;
                          }
                          const _errs602 = errors;
                          if (data199 && typeof data199 == "object" && !Array.isArray(data199)) {
                            if (data199.max === void 0) {
                              const err495 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.oneOf[1], data: data199 };
                              if (vErrors === null) {
                                vErrors = [err495];
                              } else {
                                vErrors.push(err495);
                              }
                              errors++;
                            }
                          }
                          var _valid43 = _errs602 === errors;
                          if (_valid43 && valid123) {
                            valid123 = false;
                            passing40 = [passing40, 1];
                          } else {
                            if (_valid43) {
                              valid123 = true;
                              passing40 = 1;
                            }
                          }
                          if (!valid123) {
                            const err496 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/oneOf", keyword: "oneOf", params: { passingSchemas: passing40 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds, data: data199 };
                            if (vErrors === null) {
                              vErrors = [err496];
                            } else {
                              vErrors.push(err496);
                            }
                            errors++;
                          } else {
                            errors = _errs600;
                            if (vErrors !== null) {
                              if (_errs600) {
                                vErrors.length = _errs600;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data199 && typeof data199 == "object" && !Array.isArray(data199)) {
                            for (const key41 in data199) {
                              if (!(key41 === "min" || key41 === "max" || key41 === "severity" || key41 === "warn")) {
                                const err497 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds, data: data199 };
                                if (vErrors === null) {
                                  vErrors = [err497];
                                } else {
                                  vErrors.push(err497);
                                }
                                errors++;
                              }
                            }
                            if (data199.min !== void 0) {
                              let data200 = data199.min;
                              const _errs605 = errors;
                              let valid125 = false;
                              let passing41 = null;
                              const _errs606 = errors;
                              if (!(typeof data200 == "number")) {
                                const err498 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/properties/min/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[0], data: data200 };
                                if (vErrors === null) {
                                  vErrors = [err498];
                                } else {
                                  vErrors.push(err498);
                                }
                                errors++;
                              }
                              var _valid44 = _errs606 === errors;
                              if (_valid44) {
                                valid125 = true;
                                passing41 = 0;
                              }
                              const _errs608 = errors;
                              if (typeof data200 === "string") {
                                if (!pattern34.test(data200)) {
                                  const err499 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/properties/min/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[1], data: data200 };
                                  if (vErrors === null) {
                                    vErrors = [err499];
                                  } else {
                                    vErrors.push(err499);
                                  }
                                  errors++;
                                }
                              } else {
                                const err500 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/properties/min/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.min.oneOf[1], data: data200 };
                                if (vErrors === null) {
                                  vErrors = [err500];
                                } else {
                                  vErrors.push(err500);
                                }
                                errors++;
                              }
                              var _valid44 = _errs608 === errors;
                              if (_valid44 && valid125) {
                                valid125 = false;
                                passing41 = [passing41, 1];
                              } else {
                                if (_valid44) {
                                  valid125 = true;
                                  passing41 = 1;
                                }
                              }
                              if (!valid125) {
                                const err501 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds/min", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/properties/min/oneOf", keyword: "oneOf", params: { passingSchemas: passing41 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.min.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.min, data: data200 };
                                if (vErrors === null) {
                                  vErrors = [err501];
                                } else {
                                  vErrors.push(err501);
                                }
                                errors++;
                              } else {
                                errors = _errs605;
                                if (vErrors !== null) {
                                  if (_errs605) {
                                    vErrors.length = _errs605;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data199.max !== void 0) {
                              let data201 = data199.max;
                              const _errs611 = errors;
                              let valid126 = false;
                              let passing42 = null;
                              const _errs612 = errors;
                              if (!(typeof data201 == "number")) {
                                const err502 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/properties/max/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[0], data: data201 };
                                if (vErrors === null) {
                                  vErrors = [err502];
                                } else {
                                  vErrors.push(err502);
                                }
                                errors++;
                              }
                              var _valid45 = _errs612 === errors;
                              if (_valid45) {
                                valid126 = true;
                                passing42 = 0;
                              }
                              const _errs614 = errors;
                              if (typeof data201 === "string") {
                                if (!pattern34.test(data201)) {
                                  const err503 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/properties/max/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[1], data: data201 };
                                  if (vErrors === null) {
                                    vErrors = [err503];
                                  } else {
                                    vErrors.push(err503);
                                  }
                                  errors++;
                                }
                              } else {
                                const err504 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/properties/max/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.max.oneOf[1], data: data201 };
                                if (vErrors === null) {
                                  vErrors = [err504];
                                } else {
                                  vErrors.push(err504);
                                }
                                errors++;
                              }
                              var _valid45 = _errs614 === errors;
                              if (_valid45 && valid126) {
                                valid126 = false;
                                passing42 = [passing42, 1];
                              } else {
                                if (_valid45) {
                                  valid126 = true;
                                  passing42 = 1;
                                }
                              }
                              if (!valid126) {
                                const err505 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds/max", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/properties/max/oneOf", keyword: "oneOf", params: { passingSchemas: passing42 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.max.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.max, data: data201 };
                                if (vErrors === null) {
                                  vErrors = [err505];
                                } else {
                                  vErrors.push(err505);
                                }
                                errors++;
                              } else {
                                errors = _errs611;
                                if (vErrors !== null) {
                                  if (_errs611) {
                                    vErrors.length = _errs611;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                            if (data199.severity !== void 0) {
                              let data202 = data199.severity;
                              if (typeof data202 !== "string") {
                                const err506 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.severity.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.severity, data: data202 };
                                if (vErrors === null) {
                                  vErrors = [err506];
                                } else {
                                  vErrors.push(err506);
                                }
                                errors++;
                              }
                              if (!(data202 === "critical" || data202 === "major" || data202 === "minor")) {
                                const err507 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds/severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.severity.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.severity, data: data202 };
                                if (vErrors === null) {
                                  vErrors = [err507];
                                } else {
                                  vErrors.push(err507);
                                }
                                errors++;
                              }
                            }
                            if (data199.warn !== void 0) {
                              let data203 = data199.warn;
                              if (typeof data203 === "string") {
                                if (!pattern34.test(data203)) {
                                  const err508 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/properties/warn/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.warn, data: data203 };
                                  if (vErrors === null) {
                                    vErrors = [err508];
                                  } else {
                                    vErrors.push(err508);
                                  }
                                  errors++;
                                }
                              } else {
                                const err509 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds/warn", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/properties/warn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.warn.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.properties.warn, data: data203 };
                                if (vErrors === null) {
                                  vErrors = [err509];
                                } else {
                                  vErrors.push(err509);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err510 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates/k6_thresholds", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/properties/k6_thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates.properties.k6_thresholds, data: data199 };
                            if (vErrors === null) {
                              vErrors = [err510];
                            } else {
                              vErrors.push(err510);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err511 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/gates", schemaPath: "#/properties/integrations/items/properties/load/items/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.gates.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.gates, data: data138 };
                        if (vErrors === null) {
                          vErrors = [err511];
                        } else {
                          vErrors.push(err511);
                        }
                        errors++;
                      }
                    }
                    if (data97.script !== void 0) {
                      let data204 = data97.script;
                      if (typeof data204 === "string") {
                        if (func2(data204) < 1) {
                          const err512 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/script", schemaPath: "#/properties/integrations/items/properties/load/items/properties/script/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.script, data: data204 };
                          if (vErrors === null) {
                            vErrors = [err512];
                          } else {
                            vErrors.push(err512);
                          }
                          errors++;
                        }
                      } else {
                        const err513 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/script", schemaPath: "#/properties/integrations/items/properties/load/items/properties/script/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.script.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.script, data: data204 };
                        if (vErrors === null) {
                          vErrors = [err513];
                        } else {
                          vErrors.push(err513);
                        }
                        errors++;
                      }
                    }
                    if (data97.k6 !== void 0) {
                      let data205 = data97.k6;
                      if (data205 && typeof data205 == "object" && !Array.isArray(data205)) {
                        for (const key42 in data205) {
                          if (!(key42 === "args" || key42 === "env" || key42 === "thresholds_severity")) {
                            const err514 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6", schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6, data: data205 };
                            if (vErrors === null) {
                              vErrors = [err514];
                            } else {
                              vErrors.push(err514);
                            }
                            errors++;
                          }
                        }
                        if (data205.args !== void 0) {
                          let data206 = data205.args;
                          if (Array.isArray(data206)) {
                            const len19 = data206.length;
                            for (let i19 = 0; i19 < len19; i19++) {
                              let data207 = data206[i19];
                              if (typeof data207 !== "string") {
                                const err515 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6/args/" + i19, schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.args.items.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.args.items, data: data207 };
                                if (vErrors === null) {
                                  vErrors = [err515];
                                } else {
                                  vErrors.push(err515);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err516 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6/args", schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.args.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.args, data: data206 };
                            if (vErrors === null) {
                              vErrors = [err516];
                            } else {
                              vErrors.push(err516);
                            }
                            errors++;
                          }
                        }
                        if (data205.env !== void 0) {
                          let data208 = data205.env;
                          if (data208 && typeof data208 == "object" && !Array.isArray(data208)) {
                            for (const key43 in data208) {
                              const _errs631 = errors;
                              if (typeof key43 === "string") {
                                if (!pattern0.test(key43)) {
                                  const err517 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6/env", schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/properties/env/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.propertyNames, data: key43, propertyName: key43 };
                                  if (vErrors === null) {
                                    vErrors = [err517];
                                  } else {
                                    vErrors.push(err517);
                                  }
                                  errors++;
                                }
                              }
                              var valid130 = _errs631 === errors;
                              if (!valid130) {
                                const err518 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6/env", schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/properties/env/propertyNames", keyword: "propertyNames", params: { propertyName: key43 }, message: "property name must be valid", schema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.propertyNames, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env, data: data208 };
                                if (vErrors === null) {
                                  vErrors = [err518];
                                } else {
                                  vErrors.push(err518);
                                }
                                errors++;
                              }
                            }
                            for (const key44 in data208) {
                              let data209 = data208[key44];
                              const _errs634 = errors;
                              let valid132 = false;
                              let passing43 = null;
                              const _errs635 = errors;
                              if (typeof data209 !== "string") {
                                const err519 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6/env/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/properties/env/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.additionalProperties.oneOf[0].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.additionalProperties.oneOf[0], data: data209 };
                                if (vErrors === null) {
                                  vErrors = [err519];
                                } else {
                                  vErrors.push(err519);
                                }
                                errors++;
                              }
                              var _valid46 = _errs635 === errors;
                              if (_valid46) {
                                valid132 = true;
                                passing43 = 0;
                              }
                              const _errs637 = errors;
                              if (data209 && typeof data209 == "object" && !Array.isArray(data209)) {
                                if (data209.fromEnv === void 0) {
                                  const err520 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6/env/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/properties/env/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "fromEnv" }, message: "must have required property 'fromEnv'", schema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.additionalProperties.oneOf[1].required, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.additionalProperties.oneOf[1], data: data209 };
                                  if (vErrors === null) {
                                    vErrors = [err520];
                                  } else {
                                    vErrors.push(err520);
                                  }
                                  errors++;
                                }
                                for (const key45 in data209) {
                                  if (!(key45 === "fromEnv")) {
                                    const err521 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6/env/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/properties/env/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.additionalProperties.oneOf[1], data: data209 };
                                    if (vErrors === null) {
                                      vErrors = [err521];
                                    } else {
                                      vErrors.push(err521);
                                    }
                                    errors++;
                                  }
                                }
                                if (data209.fromEnv !== void 0) {
                                  let data210 = data209.fromEnv;
                                  if (typeof data210 === "string") {
                                    if (!pattern0.test(data210)) {
                                      const err522 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6/env/" + key44.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/properties/env/additionalProperties/oneOf/1/properties/fromEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.additionalProperties.oneOf[1].properties.fromEnv, data: data210 };
                                      if (vErrors === null) {
                                        vErrors = [err522];
                                      } else {
                                        vErrors.push(err522);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err523 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6/env/" + key44.replace(/~/g, "~0").replace(/\//g, "~1") + "/fromEnv", schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/properties/env/additionalProperties/oneOf/1/properties/fromEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.additionalProperties.oneOf[1].properties.fromEnv.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.additionalProperties.oneOf[1].properties.fromEnv, data: data210 };
                                    if (vErrors === null) {
                                      vErrors = [err523];
                                    } else {
                                      vErrors.push(err523);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err524 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6/env/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/properties/env/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.additionalProperties.oneOf[1].type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.additionalProperties.oneOf[1], data: data209 };
                                if (vErrors === null) {
                                  vErrors = [err524];
                                } else {
                                  vErrors.push(err524);
                                }
                                errors++;
                              }
                              var _valid46 = _errs637 === errors;
                              if (_valid46 && valid132) {
                                valid132 = false;
                                passing43 = [passing43, 1];
                              } else {
                                if (_valid46) {
                                  valid132 = true;
                                  passing43 = 1;
                                }
                              }
                              if (!valid132) {
                                const err525 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6/env/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/properties/env/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing43 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.additionalProperties.oneOf, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.additionalProperties, data: data209 };
                                if (vErrors === null) {
                                  vErrors = [err525];
                                } else {
                                  vErrors.push(err525);
                                }
                                errors++;
                              } else {
                                errors = _errs634;
                                if (vErrors !== null) {
                                  if (_errs634) {
                                    vErrors.length = _errs634;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                            }
                          } else {
                            const err526 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6/env", schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.env, data: data208 };
                            if (vErrors === null) {
                              vErrors = [err526];
                            } else {
                              vErrors.push(err526);
                            }
                            errors++;
                          }
                        }
                        if (data205.thresholds_severity !== void 0) {
                          let data211 = data205.thresholds_severity;
                          if (typeof data211 !== "string") {
                            const err527 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6/thresholds_severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/properties/thresholds_severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.thresholds_severity.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.thresholds_severity, data: data211 };
                            if (vErrors === null) {
                              vErrors = [err527];
                            } else {
                              vErrors.push(err527);
                            }
                            errors++;
                          }
                          if (!(data211 === "critical" || data211 === "major" || data211 === "minor")) {
                            const err528 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6/thresholds_severity", schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/properties/thresholds_severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.thresholds_severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.thresholds_severity.enum, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6.properties.thresholds_severity, data: data211 };
                            if (vErrors === null) {
                              vErrors = [err528];
                            } else {
                              vErrors.push(err528);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err529 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14 + "/k6", schemaPath: "#/properties/integrations/items/properties/load/items/properties/k6/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.properties.k6.type, parentSchema: schema11.properties.integrations.items.properties.load.items.properties.k6, data: data205 };
                        if (vErrors === null) {
                          vErrors = [err529];
                        } else {
                          vErrors.push(err529);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err530 = { instancePath: instancePath + "/integrations/" + i4 + "/load/" + i14, schemaPath: "#/properties/integrations/items/properties/load/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.properties.load.items.type, parentSchema: schema11.properties.integrations.items.properties.load.items, data: data97 };
                    if (vErrors === null) {
                      vErrors = [err530];
                    } else {
                      vErrors.push(err530);
                    }
                    errors++;
                  }
                }
              } else {
                const err531 = { instancePath: instancePath + "/integrations/" + i4 + "/load", schemaPath: "#/properties/integrations/items/properties/load/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.items.properties.load.type, parentSchema: schema11.properties.integrations.items.properties.load, data: data96 };
                if (vErrors === null) {
                  vErrors = [err531];
                } else {
                  vErrors.push(err531);
                }
                errors++;
              }
            }
          } else {
            const err532 = { instancePath: instancePath + "/integrations/" + i4, schemaPath: "#/properties/integrations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.integrations.items.type, parentSchema: schema11.properties.integrations.items, data: data30 };
            if (vErrors === null) {
              vErrors = [err532];
            } else {
              vErrors.push(err532);
            }
            errors++;
          }
        }
      } else {
        const err533 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.integrations.type, parentSchema: schema11.properties.integrations, data: data29 };
        if (vErrors === null) {
          vErrors = [err533];
        } else {
          vErrors.push(err533);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data212 = data.gates;
      if (data212 && typeof data212 == "object" && !Array.isArray(data212)) {
        for (const key46 in data212) {
          const _errs646 = errors;
          if (typeof key46 === "string") {
            if (!pattern79.test(key46)) {
              const err534 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z_]+\\.[a-z0-9_:]+(@.+)?$" }, message: 'must match pattern "^[a-z_]+\\.[a-z0-9_:]+(@.+)?$"', schema: "^[a-z_]+\\.[a-z0-9_:]+(@.+)?$", parentSchema: schema11.properties.gates.propertyNames, data: key46, propertyName: key46 };
              if (vErrors === null) {
                vErrors = [err534];
              } else {
                vErrors.push(err534);
              }
              errors++;
            }
          }
          var valid134 = _errs646 === errors;
          if (!valid134) {
            const err535 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/propertyNames", keyword: "propertyNames", params: { propertyName: key46 }, message: "property name must be valid", schema: schema11.properties.gates.propertyNames, parentSchema: schema11.properties.gates, data: data212 };
            if (vErrors === null) {
              vErrors = [err535];
            } else {
              vErrors.push(err535);
            }
            errors++;
          }
        }
        for (const key47 in data212) {
          let data213 = data212[key47];
          if (data213 && typeof data213 == "object" && !Array.isArray(data213)) {
            for (const key48 in data213) {
              if (!(key48 === "min" || key48 === "max" || key48 === "equals" || key48 === "severity" || key48 === "warn" || key48 === "description")) {
                const err536 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gates/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.gates.additionalProperties, data: data213 };
                if (vErrors === null) {
                  vErrors = [err536];
                } else {
                  vErrors.push(err536);
                }
                errors++;
              }
            }
            if (data213.min !== void 0) {
              let data214 = data213.min;
              const _errs652 = errors;
              let valid137 = false;
              const _errs653 = errors;
              if (!(typeof data214 == "number")) {
                const err537 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/gates/additionalProperties/properties/min/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.gates.additionalProperties.properties.min.anyOf[0].type, parentSchema: schema11.properties.gates.additionalProperties.properties.min.anyOf[0], data: data214 };
                if (vErrors === null) {
                  vErrors = [err537];
                } else {
                  vErrors.push(err537);
                }
                errors++;
              }
              var _valid47 = _errs653 === errors;
              valid137 = valid137 || _valid47;
              if (!valid137) {
                const _errs655 = errors;
                if (typeof data214 === "string") {
                  if (!pattern34.test(data214)) {
                    const err538 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/gates/additionalProperties/properties/min/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.gates.additionalProperties.properties.min.anyOf[1], data: data214 };
                    if (vErrors === null) {
                      vErrors = [err538];
                    } else {
                      vErrors.push(err538);
                    }
                    errors++;
                  }
                } else {
                  const err539 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/gates/additionalProperties/properties/min/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.additionalProperties.properties.min.anyOf[1].type, parentSchema: schema11.properties.gates.additionalProperties.properties.min.anyOf[1], data: data214 };
                  if (vErrors === null) {
                    vErrors = [err539];
                  } else {
                    vErrors.push(err539);
                  }
                  errors++;
                }
                var _valid47 = _errs655 === errors;
                valid137 = valid137 || _valid47;
              }
              if (!valid137) {
                const err540 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/gates/additionalProperties/properties/min/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.gates.additionalProperties.properties.min.anyOf, parentSchema: schema11.properties.gates.additionalProperties.properties.min, data: data214 };
                if (vErrors === null) {
                  vErrors = [err540];
                } else {
                  vErrors.push(err540);
                }
                errors++;
              } else {
                errors = _errs652;
                if (vErrors !== null) {
                  if (_errs652) {
                    vErrors.length = _errs652;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data213.max !== void 0) {
              let data215 = data213.max;
              const _errs658 = errors;
              let valid138 = false;
              const _errs659 = errors;
              if (!(typeof data215 == "number")) {
                const err541 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/gates/additionalProperties/properties/max/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.gates.additionalProperties.properties.max.anyOf[0].type, parentSchema: schema11.properties.gates.additionalProperties.properties.max.anyOf[0], data: data215 };
                if (vErrors === null) {
                  vErrors = [err541];
                } else {
                  vErrors.push(err541);
                }
                errors++;
              }
              var _valid48 = _errs659 === errors;
              valid138 = valid138 || _valid48;
              if (!valid138) {
                const _errs661 = errors;
                if (typeof data215 === "string") {
                  if (!pattern34.test(data215)) {
                    const err542 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/gates/additionalProperties/properties/max/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.gates.additionalProperties.properties.max.anyOf[1], data: data215 };
                    if (vErrors === null) {
                      vErrors = [err542];
                    } else {
                      vErrors.push(err542);
                    }
                    errors++;
                  }
                } else {
                  const err543 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/gates/additionalProperties/properties/max/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.additionalProperties.properties.max.anyOf[1].type, parentSchema: schema11.properties.gates.additionalProperties.properties.max.anyOf[1], data: data215 };
                  if (vErrors === null) {
                    vErrors = [err543];
                  } else {
                    vErrors.push(err543);
                  }
                  errors++;
                }
                var _valid48 = _errs661 === errors;
                valid138 = valid138 || _valid48;
              }
              if (!valid138) {
                const err544 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/gates/additionalProperties/properties/max/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.gates.additionalProperties.properties.max.anyOf, parentSchema: schema11.properties.gates.additionalProperties.properties.max, data: data215 };
                if (vErrors === null) {
                  vErrors = [err544];
                } else {
                  vErrors.push(err544);
                }
                errors++;
              } else {
                errors = _errs658;
                if (vErrors !== null) {
                  if (_errs658) {
                    vErrors.length = _errs658;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data213.equals !== void 0) {
              let data216 = data213.equals;
              const _errs664 = errors;
              let valid139 = false;
              const _errs665 = errors;
              if (!(typeof data216 == "number")) {
                const err545 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/equals", schemaPath: "#/properties/gates/additionalProperties/properties/equals/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.gates.additionalProperties.properties.equals.anyOf[0].type, parentSchema: schema11.properties.gates.additionalProperties.properties.equals.anyOf[0], data: data216 };
                if (vErrors === null) {
                  vErrors = [err545];
                } else {
                  vErrors.push(err545);
                }
                errors++;
              }
              var _valid49 = _errs665 === errors;
              valid139 = valid139 || _valid49;
              if (!valid139) {
                const _errs667 = errors;
                if (typeof data216 === "string") {
                  if (!pattern34.test(data216)) {
                    const err546 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/equals", schemaPath: "#/properties/gates/additionalProperties/properties/equals/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.gates.additionalProperties.properties.equals.anyOf[1], data: data216 };
                    if (vErrors === null) {
                      vErrors = [err546];
                    } else {
                      vErrors.push(err546);
                    }
                    errors++;
                  }
                } else {
                  const err547 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/equals", schemaPath: "#/properties/gates/additionalProperties/properties/equals/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.additionalProperties.properties.equals.anyOf[1].type, parentSchema: schema11.properties.gates.additionalProperties.properties.equals.anyOf[1], data: data216 };
                  if (vErrors === null) {
                    vErrors = [err547];
                  } else {
                    vErrors.push(err547);
                  }
                  errors++;
                }
                var _valid49 = _errs667 === errors;
                valid139 = valid139 || _valid49;
              }
              if (!valid139) {
                const err548 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/equals", schemaPath: "#/properties/gates/additionalProperties/properties/equals/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.gates.additionalProperties.properties.equals.anyOf, parentSchema: schema11.properties.gates.additionalProperties.properties.equals, data: data216 };
                if (vErrors === null) {
                  vErrors = [err548];
                } else {
                  vErrors.push(err548);
                }
                errors++;
              } else {
                errors = _errs664;
                if (vErrors !== null) {
                  if (_errs664) {
                    vErrors.length = _errs664;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data213.severity !== void 0) {
              let data217 = data213.severity;
              if (!(data217 === "critical" || data217 === "major" || data217 === "minor")) {
                const err549 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/gates/additionalProperties/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.gates.additionalProperties.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.gates.additionalProperties.properties.severity.enum, parentSchema: schema11.properties.gates.additionalProperties.properties.severity, data: data217 };
                if (vErrors === null) {
                  vErrors = [err549];
                } else {
                  vErrors.push(err549);
                }
                errors++;
              }
            }
            if (data213.warn !== void 0) {
              let data218 = data213.warn;
              const _errs671 = errors;
              let valid140 = false;
              const _errs672 = errors;
              if (!(typeof data218 == "number")) {
                const err550 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/warn", schemaPath: "#/properties/gates/additionalProperties/properties/warn/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.gates.additionalProperties.properties.warn.anyOf[0].type, parentSchema: schema11.properties.gates.additionalProperties.properties.warn.anyOf[0], data: data218 };
                if (vErrors === null) {
                  vErrors = [err550];
                } else {
                  vErrors.push(err550);
                }
                errors++;
              }
              var _valid50 = _errs672 === errors;
              valid140 = valid140 || _valid50;
              if (!valid140) {
                const _errs674 = errors;
                if (typeof data218 === "string") {
                  if (!pattern34.test(data218)) {
                    const err551 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/warn", schemaPath: "#/properties/gates/additionalProperties/properties/warn/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?%$"', schema: "^-?[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.gates.additionalProperties.properties.warn.anyOf[1], data: data218 };
                    if (vErrors === null) {
                      vErrors = [err551];
                    } else {
                      vErrors.push(err551);
                    }
                    errors++;
                  }
                } else {
                  const err552 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/warn", schemaPath: "#/properties/gates/additionalProperties/properties/warn/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.additionalProperties.properties.warn.anyOf[1].type, parentSchema: schema11.properties.gates.additionalProperties.properties.warn.anyOf[1], data: data218 };
                  if (vErrors === null) {
                    vErrors = [err552];
                  } else {
                    vErrors.push(err552);
                  }
                  errors++;
                }
                var _valid50 = _errs674 === errors;
                valid140 = valid140 || _valid50;
              }
              if (!valid140) {
                const err553 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/warn", schemaPath: "#/properties/gates/additionalProperties/properties/warn/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.gates.additionalProperties.properties.warn.anyOf, parentSchema: schema11.properties.gates.additionalProperties.properties.warn, data: data218 };
                if (vErrors === null) {
                  vErrors = [err553];
                } else {
                  vErrors.push(err553);
                }
                errors++;
              } else {
                errors = _errs671;
                if (vErrors !== null) {
                  if (_errs671) {
                    vErrors.length = _errs671;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data213.description !== void 0) {
              let data219 = data213.description;
              if (typeof data219 !== "string") {
                const err554 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/gates/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gates.additionalProperties.properties.description.type, parentSchema: schema11.properties.gates.additionalProperties.properties.description, data: data219 };
                if (vErrors === null) {
                  vErrors = [err554];
                } else {
                  vErrors.push(err554);
                }
                errors++;
              }
            }
          } else {
            const err555 = { instancePath: instancePath + "/gates/" + key47.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gates/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gates.additionalProperties.type, parentSchema: schema11.properties.gates.additionalProperties, data: data213 };
            if (vErrors === null) {
              vErrors = [err555];
            } else {
              vErrors.push(err555);
            }
            errors++;
          }
        }
      } else {
        const err556 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.gates.type, parentSchema: schema11.properties.gates, data: data212 };
        if (vErrors === null) {
          vErrors = [err556];
        } else {
          vErrors.push(err556);
        }
        errors++;
      }
    }
  } else {
    const err557 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err557];
    } else {
      vErrors.push(err557);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/manifest/load.ts
var import_yaml = __toESM(require_dist(), 1);

// src/report/junit-xml.ts
var import_xmlbuilder = __toESM(require_lib(), 1);
function junitXml(suites, name) {
  const count = (cases, pick) => String(cases.filter(pick).length);
  const all = suites.flatMap((s) => s.cases);
  const root = (0, import_xmlbuilder.create)("testsuites", { version: "1.0", encoding: "UTF-8" }, {}, { invalidCharReplacement: "\uFFFD" });
  if (name !== void 0) root.att("name", name);
  root.att({ tests: String(all.length), failures: count(all, (c) => c.failure), errors: "0", skipped: count(all, (c) => c.skipped) });
  for (const suite of suites) {
    const s = root.ele("testsuite", {
      name: suite.name,
      tests: String(suite.cases.length),
      failures: count(suite.cases, (c) => c.failure),
      errors: "0",
      skipped: count(suite.cases, (c) => c.skipped)
    });
    for (const c of suite.cases) {
      const tc = s.ele("testcase", { classname: c.classname, name: c.name, ...c.file !== void 0 ? { file: c.file } : {} });
      if (c.failure) {
        const f = tc.ele("failure", { message: c.failure.message, type: c.failure.type });
        if (c.failure.text) f.txt(c.failure.text);
      }
      if (c.skipped) tc.ele("skipped", { message: c.skipped.message });
      if (c.stdout !== void 0) tc.ele("system-out").txt(c.stdout);
    }
  }
  return `${root.end({ pretty: true })}
`;
}

// src/jobs/contract/config.ts
import { existsSync } from "node:fs";
import path from "node:path";
var RESPONSE_CHECKS = [
  "not_a_server_error",
  "status_code_conformance",
  "content_type_conformance",
  "response_schema_conformance",
  "response_headers_conformance"
];
var CHECKS = [...RESPONSE_CHECKS, "negative_data_rejection", "max_response_time", "round_trip", "external_command"];
var checkFlag = (what) => ({ type: "boolean", description: `${what} Default: on.` });
var contractSchema = {
  type: "object",
  additionalProperties: false,
  required: ["openapi"],
  description: "Contract checks: every documented operation of an OpenAPI description (3.0, 3.1 or Swagger 2.0) is called on the live service and its answers checked against the description; declared flows check data round trips; an optional external contract command (e.g. Pact provider verification) is counted in the same results.",
  properties: {
    openapi: { type: "string", minLength: 1, description: "Path of the OpenAPI / Swagger description (YAML or JSON), relative to the workspace. $refs to other files are resolved." },
    baseUrl: {
      type: "string",
      pattern: "^https?://",
      description: "Base URL the operations' paths are appended to, including any path prefix (e.g. https://api.example.com/v1). Default: the URL of the integration's service."
    },
    include: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Operations to exercise (default: all). Each entry is an operationId ('createPayment'), a tag ('tag:payments') or a method and path pattern ('GET /payments*', '* /payments/{paymentId}'); * matches any characters."
    },
    exclude: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Operations not to exercise, same patterns as include. Excluded operations still count as documented, so they lower contract.coverage."
    },
    allowWrites: {
      type: "boolean",
      description: "Send non-safe methods (POST, PUT, PATCH, DELETE). Default: true against a service the manifest starts, false against any other URL (then only GET, HEAD, OPTIONS are sent)."
    },
    auth: {
      type: "object",
      description: "Credentials for the description's security schemes, by scheme name. Secrets come from environment variables and are redacted from logs and evidence.",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["fromEnv"],
        description: "apiKey: the key; http bearer / oauth2 / openIdConnect: the token; http basic: user:password.",
        properties: { fromEnv: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$", description: "Environment variable holding the secret." } }
      }
    },
    checks: {
      type: "object",
      additionalProperties: false,
      description: "Switch checks off for every operation (prefer per-operation waivers), and set the optional response-time limit.",
      properties: {
        not_a_server_error: checkFlag("No response may be a 5xx."),
        status_code_conformance: checkFlag("The status is documented for the operation (exactly, as a range such as 2XX, or by 'default')."),
        content_type_conformance: checkFlag("The Content-Type is one documented for that status."),
        response_schema_conformance: checkFlag("The JSON body validates against the documented schema (formats checked; nullable for 3.0; JSON Schema 2020-12 for 3.1)."),
        response_headers_conformance: checkFlag("Required documented headers are present and documented headers match their schema."),
        negative_data_rejection: checkFlag("Requests that violate the request schema get a 4xx, not a 2xx or 5xx."),
        round_trip: checkFlag("Declared flows keep the data they should."),
        max_response_time: duration("Every response must arrive within this time (off unless set)."),
        request_timeout: duration("Time limit of each request (default 10s).")
      }
    },
    waivers: {
      type: "array",
      description: "Checks switched off for one operation, with the reason; recorded as waivers in the evidence (and the would-be verdict kept).",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["operation", "check", "reason"],
        description: "One waiver.",
        properties: {
          operation: { type: "string", minLength: 1, description: "operationId or 'METHOD /path' pattern the waiver applies to; '*' for all." },
          check: { type: "string", enum: [...CHECKS, "*"], description: "The check waived, or '*' for all checks of the operation." },
          reason: { type: "string", minLength: 3, description: "Why the check is waived (shown to reviewers and auditors)." }
        }
      }
    },
    flows: {
      type: "array",
      description: "Round trips (create \u2192 read \u2192 compare \u2192 delete): steps call operations, capture values from responses, and compare fields that must survive.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "steps"],
        description: "One flow.",
        properties: {
          name: { type: "string", minLength: 1, description: "Name of the flow in reports." },
          steps: {
            type: "array",
            minItems: 1,
            description: "The requests of the flow, in order.",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["id"],
              description: "One request: the operation (or an OpenAPI link to follow), its parameters and body, the expected status, the values to capture and the equalities to check.",
              properties: {
                id: { type: "string", pattern: "^[A-Za-z0-9_-]+$", description: "Step id, used by later steps as $steps.<id>.\u2026" },
                operation: { type: "string", minLength: 1, description: "operationId or 'METHOD /path' of the operation the step calls." },
                link: { type: "string", minLength: 1, description: "Name of an OpenAPI link on the response of step `from`: the step calls its target operation with the parameters the link declares." },
                from: { type: "string", description: "Step whose response `link` is read from (default: the previous step)." },
                params: {
                  type: "object",
                  description: "Parameter values by name (path, query, header, cookie). Strings may be runtime expressions: $steps.<id>.outputs.<name>, $steps.<id>.response.body#/pointer, $steps.<id>.request.body#/pointer, $steps.<id>.response.header.<name>."
                },
                body: { description: "Request body (default: the example or a generated one). String leaves may be runtime expressions." },
                status: { type: "integer", minimum: 100, maximum: 599, description: "Expected status (default: any 2xx)." },
                outputs: {
                  type: "object",
                  additionalProperties: { type: "string" },
                  description: "Values captured from this step: name \u2192 $response.body#/pointer, $response.header.<name>, $request.body#/pointer, $statusCode."
                },
                equals: {
                  type: "object",
                  description: 'Equality checks: runtime expression \u2192 expected value or another expression, e.g. "$response.body#/amount": "$steps.create.request.body#/amount".'
                },
                survives: {
                  type: "object",
                  additionalProperties: false,
                  required: ["from", "fields"],
                  description: "Shorthand: each field of step `from`'s request body must come back unchanged in this step's response body.",
                  properties: {
                    from: { type: "string", description: "Step id whose request body holds the expected values." },
                    fields: { type: "array", minItems: 1, items: { type: "string" }, description: "Field names or JSON pointers (/amount, /customer/name)." }
                  }
                }
              }
            }
          }
        }
      }
    },
    command: {
      type: "object",
      additionalProperties: false,
      required: ["run", "junit"],
      description: "An external contract tool (Pact provider verification, Dredd, Schemathesis\u2026) that writes JUnit; each test case counts as a contract check. It gets INTEGRATION_GATE_BASE_URL in its environment.",
      properties: {
        run: { type: "string", minLength: 1, description: "Shell command." },
        junit: {
          anyOf: [{ type: "string", minLength: 1 }, { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }],
          description: "Glob(s) of the JUnit files it writes, relative to cwd. Only files written during this run count."
        },
        cwd: { type: "string", description: "Working folder, relative to the workspace (default: the workspace)." },
        timeout: duration("Time limit; on expiry the whole process tree is killed (default 10m).")
      }
    }
  }
};
function strings(v) {
  return Array.isArray(v) ? v.map(String) : [];
}
function toPlan(raw, pointer, ctx) {
  const c = raw;
  const spec = ctx.resolvePath(`${pointer}/openapi`, String(c.openapi));
  if (!existsSync(spec)) ctx.fail(`${pointer}/openapi`, `API description '${String(c.openapi)}' not found (resolved to ${spec})`);
  const baseUrl = typeof c.baseUrl === "string" ? c.baseUrl : void 0;
  if (!baseUrl && !ctx.service?.url) {
    ctx.fail(pointer, `no base URL: set 'baseUrl', or give the integration a service with a url`);
  }
  const managed = ctx.service?.managed === true && !baseUrl;
  const writes = typeof c.allowWrites === "boolean" ? c.allowWrites : managed;
  const writesReason = typeof c.allowWrites === "boolean" ? `allowWrites: ${String(c.allowWrites)} in the manifest` : managed ? `service '${ctx.service?.name ?? ""}' is started by the manifest` : "external URL: only safe methods (set allowWrites: true to send writes)";
  const auth = {};
  if (isRecord(c.auth)) {
    for (const [k, v] of Object.entries(c.auth)) if (isRecord(v)) auth[k] = String(v.fromEnv);
  }
  const checks = isRecord(c.checks) ? c.checks : {};
  const disabled = Object.entries(checks).filter(([k, v]) => v === false && k !== "max_response_time" && k !== "request_timeout").map(([k]) => k);
  const maxResponseTimeMs = checks.max_response_time !== void 0 ? ctx.duration(`${pointer}/checks/max_response_time`, checks.max_response_time) : void 0;
  const requestTimeoutMs = checks.request_timeout !== void 0 ? ctx.duration(`${pointer}/checks/request_timeout`, checks.request_timeout) : 1e4;
  const waivers = (Array.isArray(c.waivers) ? c.waivers : []).filter(isRecord).map((w) => ({
    operation: String(w.operation),
    check: String(w.check),
    reason: String(w.reason)
  }));
  const flows = (Array.isArray(c.flows) ? c.flows : []).filter(isRecord).map((f, fi) => {
    const fp = `${pointer}/flows/${fi}`;
    const seen = /* @__PURE__ */ new Set();
    const steps = (Array.isArray(f.steps) ? f.steps : []).filter(isRecord).map((s, si) => {
      const sp = `${fp}/steps/${si}`;
      const id = String(s.id);
      if (seen.has(id)) ctx.fail(`${sp}/id`, `step id '${id}' is used twice in flow '${String(f.name)}'`);
      if (s.operation === void 0 && s.link === void 0) ctx.fail(sp, `a step needs 'operation' or 'link'`);
      if (s.link !== void 0 && si === 0 && s.from === void 0) ctx.fail(`${sp}/link`, `the first step cannot follow a link: there is no previous response`);
      for (const ref of [s.from, isRecord(s.survives) ? s.survives.from : void 0]) {
        if (typeof ref === "string" && !seen.has(ref)) ctx.fail(sp, `step '${ref}' is not an earlier step of this flow`);
      }
      seen.add(id);
      return {
        id,
        pointer: sp,
        params: isRecord(s.params) ? s.params : {},
        outputs: isRecord(s.outputs) ? Object.fromEntries(Object.entries(s.outputs).map(([k, v]) => [k, String(v)])) : {},
        equals: isRecord(s.equals) ? s.equals : {},
        ...typeof s.operation === "string" ? { operation: s.operation } : {},
        ...typeof s.link === "string" ? { link: s.link } : {},
        ...typeof s.from === "string" ? { from: s.from } : {},
        ..."body" in s ? { body: { value: s.body } } : {},
        ...typeof s.status === "number" ? { status: s.status } : {},
        ...isRecord(s.survives) ? { survives: { from: String(s.survives.from), fields: strings(s.survives.fields) } } : {}
      };
    });
    return { name: String(f.name), steps, pointer: fp };
  });
  let command;
  if (isRecord(c.command)) {
    const cp = `${pointer}/command`;
    const junit = Array.isArray(c.command.junit) ? strings(c.command.junit) : [String(c.command.junit)];
    junit.forEach((g) => {
      if (path.isAbsolute(g) || g.split("/").includes("..")) ctx.fail(`${cp}/junit`, `JUnit glob '${g}' must be relative and stay inside the workspace`);
    });
    command = {
      run: String(c.command.run),
      junit,
      cwd: ctx.resolvePath(`${cp}/cwd`, typeof c.command.cwd === "string" ? c.command.cwd : "."),
      timeoutMs: c.command.timeout === void 0 ? 6e5 : ctx.duration(`${cp}/timeout`, c.command.timeout)
    };
  }
  const rel = path.relative(ctx.workspace, spec).split(path.sep).join("/");
  return {
    kind: "contract",
    jobId: `${ctx.integration}/contract`,
    integration: ctx.integration,
    evidenceDir: "contract",
    title: `OpenAPI ${rel}${baseUrl ? ` against ${baseUrl}` : ctx.service ? ` against service ${ctx.service.name}` : ""}`,
    spec,
    ...baseUrl ? { baseUrl } : {},
    writes,
    writesReason,
    include: strings(c.include),
    exclude: strings(c.exclude),
    auth,
    disabled,
    ...maxResponseTimeMs !== void 0 ? { maxResponseTimeMs } : {},
    requestTimeoutMs,
    waivers,
    flows,
    ...command ? { command } : {},
    manifestFile: ctx.file
  };
}

// src/jobs/contract/index.ts
var MAX_VIOLATIONS = 500;
var contractKind = {
  kind: "contract",
  key: "contract",
  schema: contractSchema,
  toPlans(raw, pointer, ctx) {
    return [toPlan(raw, pointer, ctx)];
  },
  finalizePlans(plans) {
    assignContractEvidenceDirs(plans);
  },
  async run(plan, ctx) {
    return runContract(plan, ctx);
  },
  metrics(results) {
    return contractMetrics(results);
  },
  defaultGates(plans) {
    if (plans.length === 0) return [];
    return DEFAULT_GATES.map((g) => ({ ...g }));
  }
};
var DEFAULT_GATES = [
  { metric: "contract.pass_rate", op: ">=", threshold: 1, severity: "critical", warnBand: 0, origin: "default", description: "every contract check passes (waived checks excluded)" },
  { metric: "contract.coverage", op: ">=", threshold: 1, severity: "major", warnBand: 0, origin: "default", description: "every documented operation is exercised" }
];
function assignContractEvidenceDirs(plans) {
  if (plans.length < 2) return;
  const used = /* @__PURE__ */ new Set();
  for (const p of plans) {
    let dir = `contract/${slug(p.integration)}`;
    for (let i = 2; used.has(dir); i++) dir = `contract/${slug(p.integration)}-${i}`;
    used.add(dir);
    p.evidenceDir = dir;
  }
}
async function runContract(plan, ctx) {
  const started = /* @__PURE__ */ new Date();
  const dir = ctx.evidenceDir || plan.evidenceDir;
  const producer = plan.jobId;
  const evidence = [];
  evidence.push(await ctx.evidence.writeJson(`${dir}/contract-validation-config.json`, configEvidence(plan, ctx), { kind: "manifest", producer }));
  const { runEngine } = await import("./runner-KLTXVHNB.js");
  const engine = await runEngine(plan, { ...ctx, evidenceDir: dir });
  if (engine.external) {
    evidence.push(engine.external.log, ...engine.external.files.map((f) => f.bundlePath));
  }
  const counted = engine.records.filter((r) => r.verdict !== "waived");
  const passed = counted.filter((r) => r.verdict === "passed").length;
  const failed = counted.length - passed;
  const waivedRecords = engine.records.filter((r) => r.verdict === "waived");
  const documented = engine.operations.length;
  const exercised = engine.operations.filter((o) => o.status === "exercised").length;
  const byCheck = {};
  for (const r of engine.records) {
    const c = byCheck[r.check] ??= { passed: 0, failed: 0, waived: 0 };
    c[r.verdict] += 1;
  }
  const resultsRel = `${dir}/contract-validation-results.json`;
  evidence.push(await ctx.evidence.writeJson(resultsRel, resultsEvidence(plan, engine, { documented, exercised, passed, failed, waived: waivedRecords.length }), { kind: "result", producer }));
  if (engine.records.length) {
    evidence.push(await ctx.evidence.writeText(`${dir}/contract-junit.xml`, junitEvidence(plan, engine.records), { kind: "result", producer }));
  }
  const findings = toFindings(engine, resultsRel);
  const violations = engine.records.filter((r) => r.verdict === "failed").slice(0, MAX_VIOLATIONS).map((r) => ({
    operation: r.operation,
    method: r.method,
    path: r.path,
    check: r.check,
    expected: r.expected,
    actual: r.actual,
    origin: r.origin,
    ...r.spec ? { file: r.spec.file, line: r.spec.line } : {}
  }));
  const status = engine.error ? "errored" : failed > 0 || findings.some((f) => f.level === "failure") ? "failed" : "passed";
  const passRate = engine.error ? null : counted.length ? passed / counted.length : null;
  const coverage = engine.error || documented === 0 ? null : exercised / documented;
  const facts = [];
  if (!engine.error || engine.model) {
    facts.push(["operations exercised", `${exercised} of ${documented}`]);
    facts.push(["checks passed", `${passed} of ${counted.length}${waivedRecords.length ? ` (${waivedRecords.length} waived)` : ""}`]);
    if (engine.flows.length) facts.push(["flows passed", `${engine.flows.filter((f) => f.verdict === "passed").length} of ${engine.flows.length}`]);
    if (engine.external) facts.push(["contract command", `${engine.external.passed} passed, ${engine.external.failed} failed`]);
  }
  facts.push(["description", `${engine.specFile}${engine.spec ? ` (${engine.spec.version === "2.0" ? "Swagger 2.0" : `OpenAPI ${engine.spec.version}`})` : ""}`]);
  if (engine.baseUrl) facts.push(["base URL", ctx.redactor.redact(engine.baseUrl)]);
  return {
    kind: "contract",
    jobId: plan.jobId,
    integration: plan.integration,
    title: plan.title,
    status,
    ...engine.error ? { error: ctx.redactor.redact(engine.error) } : {},
    startedAt: started.toISOString(),
    durationMs: Date.now() - started.getTime(),
    metrics: {
      pass_rate: passRate,
      coverage,
      operations: engine.model ? documented : null,
      exercised: engine.model ? exercised : null,
      checks: engine.error ? null : counted.length,
      violations: engine.error ? null : failed,
      waived: engine.error ? null : waivedRecords.length
    },
    findings,
    facts,
    evidence,
    spec: { file: engine.specFile, ...engine.spec ? { version: engine.spec.version } : {}, ...engine.model ? { title: engine.model.title } : {} },
    ...engine.baseUrl ? { baseUrl: ctx.redactor.redact(engine.baseUrl) } : {},
    writes: plan.writes,
    counts: { documented, exercised, checks: counted.length, passed, failed, waived: waivedRecords.length },
    byCheck,
    violations,
    waivers: waivedRecords.map((r) => ({ operation: r.operation, check: r.check, reason: r.waiver?.reason ?? "", wouldHavePassed: r.waiver?.wouldHavePassed ?? true })),
    flows: engine.flows.map((f) => ({ name: f.name, verdict: f.verdict, ...f.note ? { note: f.note } : {} })),
    ...engine.external ? { external: { command: engine.external.command, exitCode: engine.external.exitCode, passed: engine.external.passed, failed: engine.external.failed, skipped: engine.external.skipped } } : {}
  };
}
function toFindings(engine, resultsRel) {
  const findings = [];
  if (engine.errorFinding) findings.push({ ...engine.errorFinding, evidence: resultsRel });
  const groups = /* @__PURE__ */ new Map();
  for (const r of engine.records) {
    if (r.verdict !== "failed") continue;
    const key = `${r.operation}\0${r.check}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  for (const g of groups.values()) {
    const r = g[0];
    const title = r.method ? `${r.method} ${r.path} \xB7 ${r.check}` : `${r.operation} \xB7 ${r.check}`;
    const more = g.length > 1 ? ` (+${g.length - 1} more: see ${resultsRel})` : "";
    findings.push({
      level: "failure",
      title,
      message: `expected ${r.expected}; actual ${r.actual} [request: ${r.origin}]${more}`,
      ...r.spec ? { file: r.spec.file, line: r.spec.line } : {},
      evidence: resultsRel
    });
  }
  for (const n of engine.notes) if (!(n.level === "failure" && findings.some((f) => f.title === n.title))) findings.push(n);
  return findings;
}
function configEvidence(plan, ctx) {
  return {
    schemaVersion: 1,
    jobId: plan.jobId,
    integration: plan.integration,
    description: plan.spec.startsWith(ctx.workspace) ? plan.spec.slice(ctx.workspace.length + 1).split("\\").join("/") : plan.spec,
    baseUrl: ctx.redactor.redact(plan.baseUrl ?? ctx.service?.url ?? ""),
    writes: { allowed: plan.writes, reason: plan.writesReason },
    include: plan.include,
    exclude: plan.exclude,
    // Names of env vars only, never their values.
    auth: Object.fromEntries(Object.entries(plan.auth).map(([scheme, envVar]) => [scheme, { fromEnv: envVar, set: Boolean(ctx.env[envVar]) }])),
    checks: CHECKS.filter((c) => c !== "max_response_time" || plan.maxResponseTimeMs !== void 0).map((c) => ({
      check: c,
      enabled: !plan.disabled.includes(c),
      ...c === "max_response_time" ? { limitMs: plan.maxResponseTimeMs } : {}
    })),
    requestTimeoutMs: plan.requestTimeoutMs,
    waivers: plan.waivers,
    flows: plan.flows.map((f) => ({ name: f.name, steps: f.steps.map(({ pointer: _p, ...s }) => s) })),
    ...plan.command ? { command: { run: ctx.redactor.redact(plan.command.run), junit: plan.command.junit, timeoutMs: plan.command.timeoutMs } } : {},
    requestGeneration: "examples from the description first (media type, parameter, schema), else values generated from the schemas (openapi-sampler); optional parameters without an example are left out; values for path parameters come from OpenAPI links of earlier responses when the description has them"
  };
}
function resultsEvidence(plan, engine, c) {
  const checks = c.passed + c.failed;
  return {
    schemaVersion: 1,
    jobId: plan.jobId,
    description: { file: engine.specFile, ...engine.spec ? { version: engine.spec.version } : {}, ...engine.model ? { title: engine.model.title } : {} },
    baseUrl: engine.baseUrl,
    ...engine.error ? { error: engine.error } : {},
    summary: {
      operationsDocumented: c.documented,
      operationsExercised: c.exercised,
      coverage: c.documented ? c.exercised / c.documented : null,
      checks,
      passed: c.passed,
      failed: c.failed,
      waived: c.waived,
      passRate: checks ? c.passed / checks : null
    },
    operations: engine.operations,
    records: engine.records,
    flows: engine.flows,
    ...engine.external ? { external: engine.external } : {},
    notes: engine.notes.map((n) => ({ level: n.level, title: n.title, message: n.message })),
    exchanges: engine.exchanges
  };
}
function junitEvidence(plan, records) {
  const byCheck = /* @__PURE__ */ new Map();
  for (const r of records) {
    const tc = {
      classname: `${plan.integration}.${r.check}`,
      name: `${r.method ? `${r.method} ${r.path}` : r.operation} [${r.origin}]`,
      ...r.spec ? { file: r.spec.file } : {},
      ...r.verdict === "failed" ? { failure: { message: `expected ${r.expected}; actual ${r.actual}`, type: r.check } } : {},
      ...r.verdict === "waived" ? { skipped: { message: "waived" }, stdout: `waived: ${r.waiver?.reason ?? ""}` } : {}
    };
    const list = byCheck.get(r.check);
    if (list) list.push(tc);
    else byCheck.set(r.check, [tc]);
  }
  return junitXml([...byCheck].map(([check, cases]) => ({ name: check, cases })), `contract ${plan.integration}`);
}
function contractMetrics(results) {
  const out = {};
  if (results.length === 0) return out;
  const errored = results.filter((r) => r.status === "errored");
  const ok = results.filter((r) => r.status !== "errored");
  const sum = (f) => ok.reduce((a, r) => a + f(r), 0);
  const sources = (rs) => rs.flatMap((r) => r.evidence.filter((e) => e.endsWith("contract-validation-results.json")));
  const erroredNote = errored.length ? `; ${errored.length} contract job(s) errored: ${errored.map((r) => r.jobId).join(", ")}` : "";
  const checks = sum((r) => r.counts.checks);
  const passed = sum((r) => r.counts.passed);
  const waived = sum((r) => r.counts.waived);
  const documented = sum((r) => r.counts.documented);
  const exercised = sum((r) => r.counts.exercised);
  out["contract.pass_rate"] = {
    value: errored.length || checks === 0 ? null : passed / checks,
    unit: "ratio",
    basis: `${passed} of ${checks} contract checks passed${waived ? ` (${waived} waived, not counted)` : ""}${erroredNote}`,
    sources: sources(results)
  };
  out["contract.coverage"] = {
    value: errored.length || documented === 0 ? null : exercised / documented,
    unit: "ratio",
    basis: `${exercised} of ${documented} documented operations exercised${erroredNote}`,
    sources: sources(results)
  };
  out["contract.violations"] = {
    value: errored.length ? null : checks - passed,
    unit: "count",
    basis: `${checks - passed} failed contract checks${erroredNote}`,
    sources: sources(results)
  };
  for (const r of results) {
    const src = sources([r]);
    const note = r.status === "errored" ? `errored: ${r.error ?? "no measurement"}` : "";
    out[`contract.pass_rate@${r.jobId}`] = {
      value: r.metrics.pass_rate ?? null,
      unit: "ratio",
      basis: note || `${r.counts.passed} of ${r.counts.checks} checks passed${r.counts.waived ? ` (${r.counts.waived} waived)` : ""}`,
      sources: src
    };
    out[`contract.coverage@${r.jobId}`] = {
      value: r.metrics.coverage ?? null,
      unit: "ratio",
      basis: note || `${r.counts.exercised} of ${r.counts.documented} documented operations exercised`,
      sources: src
    };
    out[`contract.violations@${r.jobId}`] = {
      value: r.metrics.violations ?? null,
      unit: "count",
      basis: note || `${r.counts.failed} failed checks`,
      sources: src
    };
  }
  return out;
}

// src/jobs/load/schema.ts
var duration2 = (description) => ({
  type: "string",
  pattern: DURATION_PATTERN,
  description: `${description} Duration with a unit: 250ms, 30s, 5m, 1m30s.`
});
var rate = (description) => ({
  type: "string",
  pattern: RATE_PATTERN,
  description: `${description} Rate with a unit: 200/s, 6000/m.`
});
var ratio = (description) => ({
  description: `${description} A percentage ('1%') or a ratio (0.01).`,
  oneOf: [
    { type: "number", minimum: 0, maximum: 1 },
    { type: "string", pattern: PERCENT_PATTERN }
  ]
});
var headerValue = {
  description: "Header value: literal text, or { fromEnv: NAME } to read it from an environment variable at run time (redacted in logs and evidence).",
  oneOf: [
    { type: "string" },
    {
      type: "object",
      additionalProperties: false,
      required: ["fromEnv"],
      properties: { fromEnv: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$", description: "Name of the environment variable holding the value." } }
    }
  ]
};
var request = {
  type: "object",
  additionalProperties: false,
  required: ["path"],
  description: "One request of the mix.",
  properties: {
    method: {
      type: "string",
      enum: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
      default: "GET",
      description: "HTTP method (default GET)."
    },
    path: { type: "string", pattern: "^/", description: "Path and query, relative to the base URL, e.g. '/quotes?currency=EUR'." },
    headers: {
      type: "object",
      description: "Request headers. Values may come from the environment: { Authorization: { fromEnv: API_TOKEN } }.",
      propertyNames: { pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" },
      additionalProperties: headerValue
    },
    body: {
      description: "Request body: a string is sent as is; an object or array is sent as JSON (content-type application/json unless set).",
      type: ["string", "object", "array"]
    },
    weight: { type: "number", exclusiveMinimum: 0, default: 1, description: "Relative share of this request in the mix (default 1)." }
  }
};
var gateBound = {
  type: "object",
  additionalProperties: false,
  description: "A gate on this job's metric: { max: 500 } or { min: 100 }, with optional severity and warn band.",
  properties: {
    min: { description: "Passes when the value is >= min. Ratios may be given as a percentage.", oneOf: [{ type: "number" }, { type: "string", pattern: PERCENT_PATTERN }] },
    max: { description: "Passes when the value is <= max. Ratios may be given as a percentage.", oneOf: [{ type: "number" }, { type: "string", pattern: PERCENT_PATTERN }] },
    severity: { type: "string", enum: ["critical", "major", "minor"], default: "major", description: "What a failure of this gate means for the decision (default major)." },
    warn: { type: "string", pattern: PERCENT_PATTERN, description: "Warn band on the passing side, relative to the threshold (e.g. '10%'). Default 0 (off)." }
  },
  oneOf: [{ required: ["min"] }, { required: ["max"] }]
};
var GATE_METRICS = {
  p50_ms: "Median latency (ms).",
  p90_ms: "90th percentile latency (ms).",
  p95_ms: "95th percentile latency (ms).",
  p99_ms: "99th percentile latency (ms).",
  max_ms: "Highest latency (ms).",
  rps: "Achieved throughput: completed requests per second.",
  error_rate: "Failed requests / requests (ratio).",
  reliability: "1 - error_rate (ratio).",
  requests: "Requests completed (count).",
  cpu_percent_max: "Highest CPU use of the service process tree during load (percent of one core).",
  memory_bytes_max: "Highest resident memory of the service process tree during load (bytes).",
  limit_rps: "Limits discovery: highest rate that held (per second).",
  k6_thresholds: "k6: share of the script's thresholds that passed (1 = all)."
};
var limits = {
  type: "object",
  additionalProperties: false,
  description: "Limits discovery: instead of one fixed load, step the arrival rate up until the service answers 429 (or another limiting status), the error rate passes a bound, or p95 passes the SLA; then bisect. Reports the highest rate that held and the first that did not, in api-limits.md.",
  properties: {
    start: rate("First rate tried (default 10/s)."),
    max: rate("Highest rate tried (default 2000/s); discovery stops there."),
    factor: { type: "number", minimum: 1.05, maximum: 10, default: 2, description: "Multiplier between coarse steps until a rate fails (default 2)." },
    step: duration2("Duration of each step (default 2s)."),
    resolution: ratio("Bisection stops when first-failing / highest-held is within this (default 5%)."),
    status: {
      type: "array",
      items: { type: "integer", minimum: 100, maximum: 599 },
      minItems: 1,
      description: 'Statuses that mean "rate limited" (default [429]).'
    },
    status_max: ratio("Share of limiting statuses at which a step fails (default 1%)."),
    error_rate: ratio("Share of other failures (timeouts, 5xx, refused) at which a step fails (default 1%)."),
    p95_ms: { type: "number", exclusiveMinimum: 0, description: "SLA: a step whose p95 exceeds this (ms) fails (default: the job's p95_ms gate, else 1000)." },
    pause: duration2("Pause between steps, so a token bucket refills (default 250ms).")
  }
};
var job = {
  type: "object",
  additionalProperties: false,
  description: "A load job. engine builtin (default, nothing to install): requests + rate (open model) or vus (closed model) + duration or iterations. engine k6: a k6 script run with k6 from PATH.",
  properties: {
    name: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", description: "Job name, used in ids, metric keys and evidence folders (default: its position)." },
    engine: { type: "string", enum: ["builtin", "k6"], default: "builtin", description: "builtin (embedded engine) or k6 (k6 from PATH; in GitHub install it with grafana/setup-k6-action)." },
    url: { type: "string", pattern: "^https?://", description: "Base URL (default: the integration's service URL). The built-in engine speaks plain HTTP/1.1." },
    allow_remote: { type: "boolean", default: false, description: "Allow a target that is not on the loopback interface. Off by default so a manifest cannot load-test a remote host by accident." },
    requests: { type: "array", minItems: 1, items: request, description: "Builtin: the request mix, chosen by weight." },
    rate: rate("Builtin open model: constant arrival rate (or the starting rate of `stages`)."),
    stages: {
      type: "array",
      minItems: 1,
      description: "Builtin open model: ramping arrival rate, linear from the previous target (the first stage starts from `rate`, default 0/s).",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["duration", "target"],
        properties: { duration: duration2("Length of the stage."), target: rate("Rate reached at the end of the stage.") }
      }
    },
    vus: { type: "integer", minimum: 1, maximum: 1e4, description: "Builtin closed model: number of virtual users, each sending its next request when the previous answered." },
    think: duration2("Builtin closed model: pause of each VU between requests (default 0)."),
    duration: duration2("How long to generate load. Required unless `iterations` or `stages` bound the job."),
    iterations: { type: "integer", minimum: 1, maximum: 1e8, description: "Total number of requests (builtin). With `duration` too, whichever comes first." },
    timeout: duration2("Builtin: per-request timeout (default 10s). k6: bound on the whole k6 run (default 30m)."),
    connections: { type: "integer", minimum: 1, maximum: 1e4, description: "Builtin open model: most concurrent connections (default 256); requests beyond wait, and their wait counts in latency." },
    expect: {
      type: "object",
      additionalProperties: false,
      description: "What counts as success.",
      properties: {
        status: { type: "array", minItems: 1, items: { type: "integer", minimum: 100, maximum: 599 }, description: "Statuses that count as success (default: any 2xx or 3xx)." }
      }
    },
    limits,
    gates: {
      type: "object",
      additionalProperties: false,
      description: "Gates on this job's own metrics (metric load.<name>@<jobId>), e.g. { p95_ms: { max: 500 } }.",
      properties: Object.fromEntries(Object.entries(GATE_METRICS).map(([k, d]) => [k, { ...gateBound, description: `${d} ${gateBound.description}` }]))
    },
    script: { type: "string", minLength: 1, description: "k6: path of the k6 script, inside the workspace." },
    k6: {
      type: "object",
      additionalProperties: false,
      description: "k6 engine options.",
      properties: {
        args: { type: "array", items: { type: "string" }, description: "Extra arguments for 'k6 run' (e.g. ['--vus', '20'])." },
        env: {
          type: "object",
          description: "Variables passed with --env (visible as __ENV in the script); values may be { fromEnv: NAME }. BASE_URL defaults to the base URL.",
          propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
          additionalProperties: headerValue
        },
        thresholds_severity: { type: "string", enum: ["critical", "major", "minor"], default: "major", description: "Severity of the gate made from the script's thresholds (default major)." }
      }
    }
  },
  // Which keys go with which engine and model is checked when the plan is built (clearer messages than `not`).
  if: { properties: { engine: { const: "k6" } }, required: ["engine"] },
  then: { required: ["script"] },
  else: { required: ["requests"] }
};
var loadSchema = {
  type: "array",
  description: "Load jobs for this integration: the built-in engine (open or closed model, limits discovery) or k6 scripts.",
  items: job
};

// src/jobs/load/index.ts
var loadKind = {
  kind: "load",
  key: "load",
  schema: loadSchema,
  toPlans(raw, pointer, ctx) {
    return toPlans(raw, pointer, ctx);
  },
  async run(plan, ctx) {
    if (plan.engine === "k6") return (await import("./k6-W7PEHTBA.js")).runK6(plan, ctx);
    return (await import("./builtin-CI5MEVIP.js")).runBuiltin(plan, ctx);
  },
  metrics: loadMetrics,
  defaultGates: loadDefaultGates
};

// src/jobs/registry.ts
var JOB_KINDS = [contractKind, testsKind, loadKind];

// src/manifest/plan.ts
var DEFAULT_CRITICAL = /* @__PURE__ */ new Set(["integration.success_rate", "contract.pass_rate"]);
function toPlan2(m, input) {
  const services = Object.entries(m.services ?? {}).map(
    ([name, s]) => toService(name, s, `/services/${escape(name)}`, input)
  );
  const serviceByName = new Map(services.map((s) => [s.name, s]));
  const preflight = (m.preflight ?? []).map((p, i) => toPreflight(p, `/preflight/${i}`, input));
  const integrations = [];
  const jobs = [];
  const seen = /* @__PURE__ */ new Set();
  (m.integrations ?? []).forEach((raw, i) => {
    const pointer = `/integrations/${i}`;
    const name = raw.name;
    if (seen.has(name)) input.fail(`${pointer}/name`, `duplicate integration name '${name}'; names must be unique`);
    seen.add(name);
    let service;
    if (raw.service !== void 0) {
      const s = serviceByName.get(raw.service);
      if (!s) {
        input.fail(`${pointer}/service`, `unknown service '${String(raw.service)}'; expected one of: ${[...serviceByName.keys()].join(", ") || "(no services declared)"}`);
      }
      service = { name: s.name, ...s.url ? { url: s.url } : {}, managed: s.start !== void 0 };
    }
    const ctx = input.ctxFor(name, service);
    const kinds = [];
    for (const module of JOB_KINDS) {
      if (raw[module.key] === void 0) continue;
      kinds.push(module.key);
      for (const plan of module.toPlans(raw[module.key], `${pointer}/${module.key}`, ctx)) jobs.push({ module, plan });
    }
    if (kinds.length === 0) {
      input.fail(pointer, `integration '${name}' has no jobs; add at least one of: ${JOB_KINDS.map((k) => k.key).join(", ")}`);
    }
    integrations.push({
      name,
      ...service ? { service: service.name } : {},
      ...typeof raw.description === "string" ? { description: raw.description } : {},
      ...typeof raw.owner === "string" ? { owner: raw.owner } : {},
      critical: raw.critical !== false,
      kinds
    });
  });
  for (const module of JOB_KINDS) module.finalizePlans?.(jobs.filter((j) => j.module === module).map((j) => j.plan));
  const gates = mergeGates(defaultGates(jobs), m.gates ?? {}, input);
  const secrets = new Set(m.secrets ?? []);
  for (const p of preflight) if (p.type === "env") for (const v of p.vars) secrets.add(v);
  return { file: input.file, workspace: input.workspace, name: m.name, secrets: [...secrets], services, preflight, integrations, jobs, gates };
}
function defaultGates(jobs) {
  const out = [];
  for (const module of JOB_KINDS) {
    const plans = jobs.filter((j) => j.module === module).map((j) => j.plan);
    if (plans.length > 0) out.push(...module.defaultGates(plans));
  }
  return out;
}
function mergeGates(defaults, configured, input) {
  const byMetric = new Map(defaults.map((g) => [g.metric, g]));
  for (const [metric, g] of Object.entries(configured)) {
    const pointer = `/gates/${escape(metric)}`;
    const bounds = ["min", "max", "equals"].filter((k) => g[k] !== void 0);
    if (bounds.length !== 1) input.fail(pointer, `give exactly one of min, max or equals; found ${bounds.length ? bounds.join(" and ") : "none"}`);
    const bound = bounds[0];
    const threshold = parsePercentOrNumber(g[bound]);
    const prior = byMetric.get(metric);
    const warn = g.warn === void 0 ? prior?.warnBand ?? 0.1 : parsePercentOrNumber(g.warn);
    if (warn < 0 || warn >= 1) input.fail(`${pointer}/warn`, `expected a warn band from 0% to 99%; found ${String(g.warn)}`);
    const severity = g.severity ?? prior?.severity ?? (DEFAULT_CRITICAL.has(metric) ? "critical" : "major");
    byMetric.set(metric, {
      metric,
      op: bound === "min" ? ">=" : bound === "max" ? "<=" : "==",
      threshold,
      severity,
      warnBand: warn,
      origin: "manifest",
      ...typeof g.description === "string" ? { description: g.description } : prior?.description ? { description: prior.description } : {}
    });
  }
  return [...byMetric.values()];
}
function toService(name, s, pointer, input) {
  if (s.start === void 0 && s.url === void 0) input.fail(pointer, `service '${name}' needs start (a command to run) or url (where it already runs)`);
  const ready = s.ready;
  let readyPlan;
  if (ready) {
    if (ready.http === void 0 === (ready.tcp === void 0)) input.fail(`${pointer}/ready`, "give exactly one of http or tcp");
    let http;
    if (typeof ready.http === "string") {
      if (/^https?:\/\//.test(ready.http)) http = ready.http;
      else if (ready.http.startsWith("/")) {
        if (typeof s.url !== "string") input.fail(`${pointer}/ready/http`, `a path needs the service's url; set url or give a full URL`);
        http = new URL(ready.http, s.url).toString();
      } else input.fail(`${pointer}/ready/http`, `expected a path starting with / or a full URL; found '${ready.http}'`);
    }
    readyPlan = {
      ...http ? { http } : {},
      ...typeof ready.tcp === "string" ? { tcp: hostPort(ready.tcp, `${pointer}/ready/tcp`, input) } : {},
      timeoutMs: parseDuration(ready.timeout ?? "30s"),
      intervalMs: parseDuration(ready.interval ?? "200ms")
    };
  } else if (s.start !== void 0 && typeof s.url === "string") {
    const u = new URL(s.url);
    readyPlan = {
      tcp: { host: u.hostname, port: Number(u.port || (u.protocol === "https:" ? 443 : 80)) },
      timeoutMs: 3e4,
      intervalMs: 200
    };
  }
  const cwd = input.ctxFor("", void 0).resolvePath(`${pointer}/cwd`, typeof s.cwd === "string" ? s.cwd : ".");
  return {
    name,
    ...typeof s.start === "string" ? { start: s.start } : {},
    ...typeof s.url === "string" ? { url: s.url.replace(/\/+$/, "") } : {},
    cwd,
    env: s.env ?? {},
    ...readyPlan ? { ready: readyPlan } : {},
    stopTimeoutMs: parseDuration(s["stop-timeout"] ?? "5s")
  };
}
var PREFLIGHT_TYPES = ["env", "http", "tcp", "command", "run"];
function toPreflight(p, pointer, input) {
  const types = PREFLIGHT_TYPES.filter((t) => p[t] !== void 0);
  if (types.length !== 1) {
    input.fail(pointer, `give exactly one of ${PREFLIGHT_TYPES.join(", ")}; found ${types.length ? types.join(" and ") : "none"}`);
  }
  const type = types[0];
  if (p.status !== void 0 && type !== "http") input.fail(`${pointer}/status`, "status only goes with http");
  const timeoutMs = parseDuration(p.timeout ?? "10s");
  const label = (fallback) => typeof p.name === "string" ? p.name : fallback;
  switch (type) {
    case "env":
      return { type, name: label(`env ${p.env.join(", ")}`), vars: p.env, timeoutMs };
    case "http":
      return { type, name: label(`http ${String(p.http)}`), url: p.http, ...p.status ? { status: p.status } : {}, timeoutMs };
    case "tcp": {
      const hp = hostPort(p.tcp, `${pointer}/tcp`, input);
      return { type, name: label(`tcp ${String(p.tcp)}`), ...hp, timeoutMs };
    }
    case "command":
      return { type, name: label(`command ${String(p.command)}`), command: p.command, timeoutMs };
    case "run":
      return { type, name: label(`run ${String(p.run)}`), command: p.run, timeoutMs };
  }
}
function hostPort(text, pointer, input) {
  const i = text.lastIndexOf(":");
  const port = Number(text.slice(i + 1));
  if (!(port >= 1 && port <= 65535)) input.fail(pointer, `expected a port from 1 to 65535; found '${text.slice(i + 1)}'`);
  return { host: text.slice(0, i), port };
}
function escape(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

// src/manifest/load.ts
async function loadManifest(opts) {
  const abs = path2.resolve(opts.workspace, opts.file);
  if (!isInside(opts.workspace, abs)) {
    throw new UserError(`${opts.file}: the manifest must be inside the workspace ${opts.workspace}`);
  }
  let text;
  try {
    text = await readFile(abs, "utf8");
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") {
      throw new UserError(`${opts.file}: manifest not found; create it (see the README's manifest reference) or pass --manifest <path>`, { cause: err });
    }
    throw new UserError(`${opts.file}: cannot read the manifest (${code ?? "error"})`, { cause: err });
  }
  return parseManifest(text, opts);
}
function parseManifest(text, opts) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const pos = (offset) => lines.linePos(offset);
  const yamlError = doc.errors[0];
  if (yamlError) {
    const p = pos(yamlError.pos[0]);
    throw new ManifestError(opts.file, p.line, p.col, "", `invalid YAML: ${firstLine(yamlError.message)}`);
  }
  const value = doc.toJS({ maxAliasCount: 100 });
  if (value === null || value === void 0) {
    throw new ManifestError(opts.file, 1, 1, "", "the manifest is empty; expected a mapping with version, name and integrations");
  }
  const located = new Located(doc, opts.file, pos);
  if (!validator_generated_default(value)) {
    throw located.fromAjv(pickError(validator_generated_default.errors ?? []), value);
  }
  const ctxFor = (integration, service) => ({
    file: opts.file,
    workspace: opts.workspace,
    integration,
    ...service ? { service } : {},
    fail: (pointer, detail) => {
      throw located.at(pointer, detail);
    },
    resolvePath: (pointer, userPath) => {
      const p = path2.resolve(opts.workspace, userPath);
      if (!isInside(opts.workspace, p)) throw located.at(pointer, `path '${userPath}' resolves outside the workspace; use a path inside it`);
      return p;
    },
    duration: (pointer, v) => {
      const ms = parseDuration(v);
      if (ms === void 0) throw located.at(pointer, `expected a duration like 30s, 10m or 250ms; found ${describe(v)}`);
      return ms;
    }
  });
  return toPlan2(value, {
    file: opts.file,
    workspace: opts.workspace,
    ctxFor,
    fail: (p, d) => {
      throw located.at(p, d);
    }
  });
}
function pickError(errors) {
  const depth = (e) => e.instancePath.split("/").length;
  const deepest = Math.max(...errors.map(depth));
  const anyOf = errors.find((e) => depth(e) === deepest && (e.keyword === "anyOf" || e.keyword === "oneOf"));
  if (anyOf) return anyOf;
  const rank = (e) => e.keyword === "additionalProperties" ? 0 : e.keyword === "required" ? 1 : e.keyword === "anyOf" || e.keyword === "oneOf" ? 9 : 2;
  const sorted = [...errors].sort((a, b) => {
    const depth2 = b.instancePath.split("/").length - a.instancePath.split("/").length;
    return depth2 !== 0 ? depth2 : rank(a) - rank(b);
  });
  return sorted[0];
}
var Located = class {
  constructor(doc, file, pos) {
    this.doc = doc;
    this.file = file;
    this.pos = pos;
  }
  doc;
  file;
  pos;
  /** The YAML node at a JSON pointer (or its closest existing ancestor), and whether we want its key. */
  node(pointer, wantKey = false) {
    const segs = pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    let node = this.doc.contents ?? void 0;
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i];
      if ((0, import_yaml.isMap)(node)) {
        const pair = node.items.find((it) => (0, import_yaml.isScalar)(it.key) && String(it.key.value) === seg);
        if (!pair) return node;
        if (wantKey && i === segs.length - 1) return pair.key;
        node = pair.value ?? pair.key;
      } else if ((0, import_yaml.isSeq)(node)) {
        const item = node.items[Number(seg)];
        if (!item) return node;
        node = item;
      } else {
        return node;
      }
    }
    return node;
  }
  at(pointer, detail, wantKey = false) {
    const n = this.node(pointer, wantKey);
    const p = this.pos(n?.range?.[0] ?? 0);
    return new ManifestError(this.file, p.line, p.col, keyPath(pointer), detail);
  }
  fromAjv(e, root) {
    const found = valueAt(root, e.instancePath);
    switch (e.keyword) {
      case "additionalProperties": {
        const extra = String(e.params.additionalProperty);
        const allowed = Object.keys(e.parentSchema?.properties ?? {});
        const hint = suggest(extra, allowed);
        return this.at(
          `${e.instancePath}/${extra}`,
          `unknown key '${extra}'; expected one of: ${allowed.join(", ")}${hint ? ` (did you mean '${hint}'?)` : ""}`,
          true
        );
      }
      case "required": {
        const missing = e.params.missingProperty;
        return this.at(e.instancePath, `missing required key '${missing}'`);
      }
      case "type":
        return this.at(e.instancePath, `expected ${e.params.type}${patternName(e.parentSchema)}; found ${describe(found)}`);
      case "pattern":
        return this.at(e.instancePath, `expected ${patternDescription(String(e.params.pattern))}; found ${describe(found)}`);
      case "enum":
        return this.at(e.instancePath, `expected one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}; found ${describe(found)}`);
      case "const":
        return this.at(e.instancePath, `expected ${JSON.stringify(e.params.allowedValue)}; found ${describe(found)}`);
      case "anyOf":
      case "oneOf":
        return this.at(e.instancePath, `expected ${alternatives(e.parentSchema)}; found ${describe(found)}`);
      case "propertyNames": {
        const name = String(e.params.propertyName);
        return this.at(`${e.instancePath}/${name}`, `'${name}' is not a valid name here`, true);
      }
      default:
        return this.at(e.instancePath, `${e.message ?? "invalid value"}; found ${describe(found)}`);
    }
  }
};
function patternDescription(pattern) {
  if (pattern === DURATION_PATTERN) return "a duration like 30s, 10m or 250ms";
  if (pattern === RATE_PATTERN) return "a rate like 200/s or 600/m";
  if (pattern === PERCENT_PATTERN) return "a percentage like 90%";
  if (pattern.startsWith("^https?://")) return "an http:// or https:// URL";
  if (pattern.includes(":[0-9]{1,5}")) return "host:port, e.g. 127.0.0.1:5432";
  if (pattern === "^[A-Za-z_][A-Za-z0-9_]*$") return "an environment variable name";
  return `a value matching ${pattern}`;
}
function patternName(schema) {
  const p = schema?.pattern;
  return p ? ` (${patternDescription(p)})` : "";
}
function alternatives(schema) {
  const alts = schema.anyOf ?? schema.oneOf ?? [];
  return alts.map((a) => a.pattern ? patternDescription(a.pattern) : a.type === "array" ? "a list" : a.type ? `a ${a.type}` : "a value").join(" or ");
}
function valueAt(root, pointer) {
  let v = root;
  for (const seg of pointer.split("/").slice(1)) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[seg.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return v;
}
function keyPath(pointer) {
  return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).reduce((acc, s) => /^[0-9]+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s, "");
}
function describe(v) {
  if (v === void 0) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `'${v.length > 60 ? `${v.slice(0, 60)}\u2026` : v}'`;
  return `${typeof v} ${String(v)}`;
}
function suggest(word, options) {
  let best;
  let bestD = Infinity;
  for (const o of options) {
    const d = distance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return best !== void 0 && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  const at = (i, j) => d[i][j];
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i][j] = v;
    }
  }
  return at(a.length, b.length);
}
function firstLine(s) {
  return s.split("\n")[0]?.trim() ?? s;
}

// src/process/probe.ts
import net from "node:net";
async function httpProbe(url, timeoutMs) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
    await res.body?.cancel();
    return { status: res.status };
  } catch (err) {
    const cause = err.cause;
    if (err.name === "TimeoutError") return { error: `no answer within ${timeoutMs}ms` };
    return { error: cause?.code ?? err.message };
  }
}
function tcpProbe(host, port, timeoutMs) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok, error) => {
      socket.destroy();
      resolve(error ? { ok, error } : { ok });
    };
    socket.setTimeout(timeoutMs, () => done(false, `no answer within ${timeoutMs}ms`));
    socket.once("connect", () => done(true));
    socket.once("error", (e) => done(false, e.code ?? e.message));
  });
}

// src/preflight/run.ts
import { access, constants } from "node:fs/promises";
import path3 from "node:path";
async function runPreflight(checks, opts) {
  const outcomes = [];
  for (const check of checks) {
    const started = Date.now();
    const o = await runOne(check, opts);
    outcomes.push({ ...o, durationMs: Date.now() - started });
  }
  return { ok: outcomes.every((o) => o.ok), checks: outcomes };
}
async function runOne(check, opts) {
  switch (check.type) {
    case "env": {
      const missing = check.vars.filter((v) => !opts.env[v]);
      return {
        type: "env",
        target: check.vars.join(", "),
        ok: missing.length === 0,
        detail: missing.length === 0 ? `set (${check.vars.length} variable${check.vars.length === 1 ? "" : "s"}; values not shown)` : `not set or empty: ${missing.join(", ")}; set them in the job's env or secrets`
      };
    }
    case "http": {
      const res = await httpProbe(check.url, check.timeoutMs);
      const ok = res.status !== void 0 && (check.status ? check.status.includes(res.status) : res.status < 400);
      return {
        type: "http",
        target: check.url,
        ok,
        detail: res.status !== void 0 ? `answered ${res.status}${ok ? "" : `; expected ${check.status ? check.status.join(" or ") : "2xx or 3xx"}`}` : `no answer: ${res.error}`
      };
    }
    case "tcp": {
      const res = await tcpProbe(check.host, check.port, check.timeoutMs);
      return { type: "tcp", target: `${check.host}:${check.port}`, ok: res.ok, detail: res.ok ? "accepted a connection" : `cannot connect: ${res.error}` };
    }
    case "command": {
      const found = await onPath(check.command, opts.env.PATH ?? "");
      return { type: "command", target: check.command, ok: found !== void 0, detail: found ? `found at ${found}` : `'${check.command}' is not on PATH; install it in an earlier step` };
    }
    case "run": {
      const out = await runCommand({ command: check.command, cwd: opts.cwd, env: opts.env, timeoutMs: check.timeoutMs, redactor: opts.redactor, signal: opts.signal });
      const ok = out.exitCode === 0 && !out.timedOut;
      return {
        type: "run",
        target: opts.redactor.redact(check.command),
        ok,
        detail: out.timedOut ? `did not finish within ${check.timeoutMs}ms` : ok ? "exited 0" : `exited with ${out.exitCode ?? out.signal}${out.exitCode === 127 ? " (command not found)" : ""}`
      };
    }
  }
}
async function onPath(command, pathVar) {
  for (const dir of pathVar.split(path3.delimiter).filter(Boolean)) {
    const candidate = path3.join(dir, command);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}

// src/report/documents.ts
function scopeMatrix(plan) {
  return {
    system: plan.name,
    integrations: plan.integrations.map((i) => ({
      name: i.name,
      service: i.service ?? null,
      description: i.description ?? null,
      owner: i.owner ?? null,
      critical: i.critical,
      verifiedBy: i.kinds,
      jobs: plan.jobs.filter((j) => j.plan.integration === i.name).map((j) => ({ id: j.plan.jobId, kind: j.plan.kind, title: j.plan.title }))
    })),
    services: plan.services.map((s) => ({ name: s.name, url: s.url ?? null, managed: s.start !== void 0 }))
  };
}
function testPlanMarkdown(plan) {
  const lines = [
    `# Integration test plan \u2014 ${plan.name}`,
    "",
    `Generated by integration-gate from \`${plan.file}\`. It lists what this run verifies, in order, and the gates that decide.`,
    "",
    "## 1. Environment (preflight \u2014 halts the run on any failure)",
    "",
    ...plan.preflight.length ? plan.preflight.map((p) => `- ${p.type}: ${p.name}`) : ["- (no preflight checks configured)"],
    "",
    "## 2. Services",
    "",
    ...plan.services.length ? plan.services.map((s) => `- **${s.name}**: ${s.start ? `started with \`${s.start}\`` : "external"}${s.url ? ` at ${s.url}` : ""}${s.ready ? `; ready when ${s.ready.http ?? `${s.ready.tcp?.host}:${s.ready.tcp?.port}`} answers within ${formatDuration(s.ready.timeoutMs)}` : ""}`) : ["- (none)"],
    "",
    "## 3. Jobs",
    "",
    "| # | Integration | Kind | Job | What |",
    "| --- | --- | --- | --- | --- |",
    ...plan.jobs.map((j, i) => `| ${i + 1} | ${j.plan.integration} | ${j.plan.kind} | ${j.plan.jobId} | ${j.plan.title.replace(/\|/g, "\\|")} |`),
    "",
    "## 4. Gates",
    "",
    "| Metric | Rule | Severity | Warn band | Origin |",
    "| --- | --- | --- | --- | --- |",
    ...plan.gates.map((g) => `| ${g.metric} | ${g.op} ${g.threshold} | ${g.severity} | ${Math.round(g.warnBand * 100)}% | ${g.origin} |`),
    "",
    "Decision: any failed critical gate \u2192 NO-GO; otherwise any failure or warning \u2192 CONDITIONAL; otherwise GO. A gate without data fails.",
    ""
  ];
  return lines.join("\n");
}
function defectLogCsv(record, criticalIntegrations) {
  const rows = [["id", "severity", "integration", "job", "kind", "title", "file", "line", "message", "evidence"]];
  let n = 0;
  for (const r of record.results) {
    for (const f of r.findings) {
      if (f.level !== "failure") continue;
      n++;
      const criticalGateFailed = record.gates.gates.some(
        (g) => g.status === "fail" && g.spec.severity === "critical" && g.spec.metric.split("@")[0]?.startsWith(r.kind === "tests" ? "integration." : `${r.kind}.`)
      );
      const severity = criticalIntegrations.has(r.integration) && criticalGateFailed ? "critical" : "major";
      rows.push([`D-${String(n).padStart(4, "0")}`, severity, r.integration, r.jobId, r.kind, f.title, f.file ?? "", f.line ? String(f.line) : "", f.message, f.evidence ?? r.evidence[0] ?? ""]);
    }
  }
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\n")}
`;
}
function csvCell(v) {
  let s = v.replace(/\r?\n/g, " ");
  if (/^[=+\-@\t]/.test(s)) s = `'${s}`;
  return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function signoff(record) {
  return {
    decision: record.gates.decision,
    headline: record.gates.headline,
    status: record.status,
    ...record.haltReason ? { haltReason: record.haltReason } : {},
    gates: record.gates.gates.map((g) => ({
      metric: g.spec.metric,
      rule: `${g.spec.op} ${g.spec.threshold}`,
      severity: g.spec.severity,
      value: g.value,
      status: g.status,
      reason: g.reason,
      evidence: g.sources
    })),
    who: record.run.actor ?? null,
    when: record.run.finishedAt ?? record.run.startedAt,
    commit: record.run.commit ?? null,
    ref: record.run.ref ?? null,
    repository: record.run.repository ?? null,
    runUrl: record.run.runUrl ?? null,
    signedBy: `${record.tool.name} ${record.tool.version} (automated evaluation; human approval is recorded by the protected environment or review that consumes this decision)`
  };
}
function forwardRecommendations(record) {
  const lines = [`# Forward recommendations \u2014 ${record.manifest.name}`, "", `Decision: **${record.gates.decision}** \u2014 ${record.gates.headline}`, ""];
  const failed = record.gates.gates.filter((g) => g.status === "fail");
  const warned = record.gates.gates.filter((g) => g.status === "warn");
  if (record.gates.decision === "NO-GO") {
    lines.push("Do not ship. Fix the failed critical gates below, then re-run.", "");
  } else if (record.gates.decision === "CONDITIONAL") {
    lines.push("Ship only behind a feature flag or phased rollout, with monitoring on the metrics below.", "");
  } else {
    lines.push("All gates passed. Keep monitoring the same metrics after release.", "");
  }
  for (const g of failed) lines.push(`- Fix \`${g.spec.metric}\` (${g.spec.severity}): ${g.reason}.`);
  for (const g of warned) lines.push(`- Watch \`${g.spec.metric}\`: ${g.reason}.`);
  const flaky = record.results.flatMap((r) => r.findings.filter((f) => f.level === "warning" && /flaky/i.test(f.message)));
  if (flaky.length) lines.push(`- Stabilise ${flaky.length} flaky test(s); they passed on rerun but hide real risk.`);
  const errored = record.results.filter((r) => r.status === "errored");
  for (const r of errored) lines.push(`- Job ${r.jobId} could not measure: ${r.error ?? "errored"}.`);
  if (failed.length + warned.length + flaky.length + errored.length === 0) lines.push("- No follow-up needed.");
  lines.push("", "Metrics at the time of the decision:", "");
  for (const [k, m] of Object.entries(record.metrics).filter(([k2]) => !k2.includes("@"))) {
    lines.push(`- ${k}: ${formatValue(m.value, m.unit)} \u2014 ${m.basis}`);
  }
  return `${lines.join("\n")}
`;
}
function executionReport(record) {
  return {
    system: record.manifest.name,
    status: record.status,
    startedAt: record.run.startedAt,
    finishedAt: record.run.finishedAt,
    jobs: record.results,
    metrics: record.metrics
  };
}

// src/report/html.ts
function renderHtml(record) {
  const g = record.gates;
  const colour = g.decision === "GO" ? "#1a7f37" : g.decision === "CONDITIONAL" ? "#9a6700" : "#cf222e";
  const findings = record.results.flatMap((r) => r.findings.map((f) => ({ r, f })));
  const rows = (cells) => cells.map((c) => `<tr>${c.map((x) => `<td>${x}</td>`).join("")}</tr>`).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(g.decision)} \u2014 ${escapeHtml(record.manifest.name)} \xB7 integration-gate</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1 span{color:${colour}} table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
td,th{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top} th{background:#f6f8fa}
.fail{color:#cf222e}.warn{color:#9a6700}.pass{color:#1a7f37} code{font-size:90%}
</style></head><body>
<h1><span>${escapeHtml(g.decision)}</span> \u2014 ${escapeHtml(record.manifest.name)}</h1>
<p><strong>${escapeHtml(g.headline)}</strong></p>
${record.haltReason ? `<p class="fail">Halted before any job: ${escapeHtml(record.haltReason)}</p>` : ""}
<h2>Gates</h2>
<table><tr><th>Gate</th><th>Value</th><th>Threshold</th><th>Severity</th><th>Status</th><th>Why</th></tr>
${rows(g.gates.map((x) => [`<code>${escapeHtml(x.spec.metric)}</code>`, escapeHtml(formatValue(x.value, x.unit)), escapeHtml(`${x.spec.op} ${formatValue(x.spec.threshold, x.unit)}`), escapeHtml(x.spec.severity), `<span class="${x.status}">${x.status}</span>`, escapeHtml(x.reason)]))}
</table>
<h2>Findings (${findings.length})</h2>
<table><tr><th>Level</th><th>Integration</th><th>What</th><th>Where</th><th>Detail</th></tr>
${rows(findings.map(({ r, f }) => [`<span class="${f.level === "failure" ? "fail" : "warn"}">${escapeHtml(f.level)}</span>`, escapeHtml(r.integration), escapeHtml(f.title), f.file ? `<code>${escapeHtml(f.file)}${f.line ? `:${f.line}` : ""}</code>` : "", escapeHtml(f.message.slice(0, 2e3))]))}
</table>
<h2>Jobs</h2>
<table><tr><th>Job</th><th>Status</th><th>Figures</th><th>Time</th><th>Evidence</th></tr>
${rows(record.results.map((r) => [`${escapeHtml(r.jobId)}<br><small>${escapeHtml(r.title)}</small>`, escapeHtml(r.status) + (r.error ? `<br><small>${escapeHtml(r.error)}</small>` : ""), r.facts.map(([k, v]) => `${escapeHtml(k)}: ${escapeHtml(v)}`).join("<br>"), escapeHtml(formatDuration(r.durationMs)), r.evidence.map((p) => `<code>${escapeHtml(p)}</code>`).join("<br>")]))}
</table>
<h2>Preflight</h2>
<table><tr><th></th><th>Check</th><th>Target</th><th>Detail</th></tr>
${rows(record.preflight.checks.map((c) => [c.ok ? '<span class="pass">ok</span>' : '<span class="fail">failed</span>', escapeHtml(c.type), escapeHtml(c.target), escapeHtml(c.detail)]))}
</table>
<h2>Services</h2>
<table><tr><th></th><th>Service</th><th>Detail</th></tr>
${rows(record.services.map((s) => [s.ready ? '<span class="pass">ready</span>' : '<span class="fail">not ready</span>', escapeHtml(s.name), escapeHtml(s.detail)]))}
</table>
<p><small>${escapeHtml(`${record.tool.name} ${record.tool.version}`)} \xB7 ${escapeHtml(record.run.commit ?? "no commit")} \xB7 ${escapeHtml(record.run.startedAt)} \u2192 ${escapeHtml(record.run.finishedAt ?? "")}</small></p>
</body></html>
`;
}

// src/report/junit.ts
function gatesJUnit(report, suiteName) {
  const cases = report.gates.map((g) => ({
    classname: `gates.${g.spec.severity}`,
    name: `${g.spec.metric} ${g.spec.op} ${formatValue(g.spec.threshold, g.unit)}`,
    ...g.status === "fail" ? { failure: { message: g.reason, type: g.value === null ? "no-data" : "threshold" } } : { stdout: `${g.status}: ${g.reason}` }
  }));
  return junitXml([{ name: `integration-gate: ${suiteName}`, cases }]);
}

// src/services/manager.ts
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
function occupiedPort(plan) {
  if (plan.ready?.tcp) return plan.ready.tcp;
  const url = plan.ready?.http ?? plan.url;
  if (!url) return void 0;
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || (u.protocol === "https:" ? 443 : 80)) };
}
var ServiceManager = class {
  constructor(evidence, redactor, log, env) {
    this.evidence = evidence;
    this.redactor = redactor;
    this.log = log;
    this.env = env;
  }
  evidence;
  redactor;
  log;
  env;
  running = [];
  handles() {
    const out = /* @__PURE__ */ new Map();
    for (const r of this.running) {
      out.set(r.plan.name, { name: r.plan.name, ...r.plan.url ? { url: r.plan.url } : {}, ...r.pid ? { pid: r.pid } : {} });
    }
    return out;
  }
  /** Starts every service in order; stops at the first that does not become ready. */
  async startAll(plans, signal) {
    const reports = [];
    for (const plan of plans) {
      const report = await this.start(plan, signal);
      reports.push(report);
      if (!report.ready) break;
    }
    return reports;
  }
  async start(plan, signal) {
    if (!plan.start) {
      const running2 = { plan, log: createWriteStream("/dev/null"), logRel: "" };
      this.running.push(running2);
      if (!plan.ready) return { name: plan.name, ...plan.url ? { url: plan.url } : {}, managed: false, ready: true, detail: "external; not probed" };
      const r2 = await this.waitReady(running2, signal);
      return { name: plan.name, ...plan.url ? { url: plan.url } : {}, managed: false, ...r2 };
    }
    const port = occupiedPort(plan);
    if (port) {
      const busy = await tcpProbe(port.host, port.port, 500);
      if (busy.ok) {
        this.running.push({ plan, log: createWriteStream("/dev/null"), logRel: "" });
        return {
          name: plan.name,
          ...plan.url ? { url: plan.url } : {},
          managed: true,
          ready: false,
          detail: `not started: ${port.host}:${port.port} is already in use by another process; stop it or give the service another port`
        };
      }
    }
    const logRel = `services/${plan.name}.log`;
    const logAbs = await this.evidence.reserve(logRel, { kind: "log", producer: "services" });
    const log = createWriteStream(logAbs);
    const child = spawn("/bin/sh", ["-c", plan.start], {
      cwd: plan.cwd,
      env: { ...this.env, ...plan.env },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    });
    const running = { plan, ...child.pid ? { pid: child.pid } : {}, log, logRel };
    this.running.push(running);
    if (child.pid) track(child.pid);
    for (const stream of [child.stdout, child.stderr]) stream.pipe(new RedactStream(this.redactor)).pipe(log, { end: false });
    child.on("exit", (code, sig) => {
      running.exited = { code, signal: sig };
    });
    child.on("error", () => {
      running.exited = { code: null, signal: null };
    });
    this.log.info(`service ${plan.name}: $ ${plan.start}`);
    const r = await this.waitReady(running, signal);
    return { name: plan.name, ...plan.url ? { url: plan.url } : {}, managed: true, ...r, log: logRel };
  }
  async waitReady(r, signal) {
    const ready = r.plan.ready;
    if (!ready) return { ready: true, readyAfterMs: 0, detail: "started (no readiness probe configured)" };
    const started = Date.now();
    const target = ready.http ?? `${ready.tcp?.host}:${ready.tcp?.port}`;
    let last = "not probed yet";
    while (Date.now() - started < ready.timeoutMs) {
      if (signal.aborted) return { ready: false, detail: "interrupted while waiting for readiness" };
      if (r.exited) {
        const tail = await this.tail(r);
        return {
          ready: false,
          detail: `exited with ${r.exited.code !== null ? `code ${r.exited.code}` : `signal ${r.exited.signal}`} before becoming ready${tail ? `; last output: ${tail}` : ""} (see ${r.logRel})`
        };
      }
      const probeTimeout = Math.min(2e3, ready.timeoutMs);
      if (ready.http) {
        const res = await httpProbe(ready.http, probeTimeout);
        if (res.status !== void 0 && res.status < 400) {
          return { ready: true, readyAfterMs: Date.now() - started, detail: `${ready.http} answered ${res.status}` };
        }
        last = res.status !== void 0 ? `answered ${res.status}` : res.error ?? "no answer";
      } else if (ready.tcp) {
        const res = await tcpProbe(ready.tcp.host, ready.tcp.port, probeTimeout);
        if (res.ok) return { ready: true, readyAfterMs: Date.now() - started, detail: `${target} accepted a connection` };
        last = res.error ?? "refused";
      }
      await new Promise((res) => setTimeout(res, ready.intervalMs));
    }
    return {
      ready: false,
      detail: `not ready after ${formatDuration(ready.timeoutMs)}: ${target} ${last}; raise ready.timeout or check ${r.logRel || "the service"}`
    };
  }
  async tail(r) {
    if (!r.logRel) return "";
    await new Promise((res) => setTimeout(res, 50));
    try {
      const text = await readFile2(r.log.path, "utf8");
      const lines = text.trim().split("\n").filter(Boolean);
      return (lines[lines.length - 1] ?? "").slice(0, 200);
    } catch {
      return "";
    }
  }
  /** Stops every started process tree (SIGTERM, then SIGKILL after the stop timeout). Never throws. */
  async stopAll() {
    await Promise.allSettled(
      this.running.reverse().map(async (r) => {
        if (r.pid) {
          await killTree(r.pid, r.plan.stopTimeoutMs);
          this.log.info(`service ${r.plan.name}: stopped`);
        }
        await new Promise((res) => r.log.end(() => res()));
      })
    );
    this.running.length = 0;
  }
};

// src/pipeline.ts
var TOOL = { name: "integration-gate", version: VERSION };
var BUNDLE_NAME = "INTEGRATION-EVIDENCE.zip";
async function runPipeline(settings) {
  let s = settings;
  const plan = await loadManifest({ file: s.manifestFile, workspace: s.workspace });
  const outDir = resolveInside(s.workspace, s.outDir ?? path4.join(".integration-gate", slug(plan.name)), "output folder");
  await s.onPlan?.(plan);
  const stagingDir = path4.join(outDir, "evidence");
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(stagingDir, { recursive: true });
  const evidence = new StagingSink(stagingDir);
  const redactor = new SecretRedactor(plan.secrets.map((k) => s.env[k] ?? "").filter(Boolean));
  s = { ...s, log: redactingLogger(s.log, redactor) };
  const run = collectMetadata(s.env, s.workspace, s.via);
  const manifestText = await readFile3(path4.resolve(s.workspace, s.manifestFile), "utf8");
  await evidence.writeText(`manifest/${path4.basename(s.manifestFile)}`, redactor.redact(manifestText), { kind: "manifest", producer: "run" });
  await evidence.writeJson("integration-scope-matrix.json", scopeMatrix(plan), { kind: "result", producer: "run" });
  await evidence.writeText("integration-test-plan.md", testPlanMarkdown(plan), { kind: "report", producer: "run" });
  const services = new ServiceManager(evidence, redactor, s.log, s.env);
  let serviceReports = [];
  let preflight = { ok: true, checks: [] };
  let haltReason;
  const results = [];
  try {
    if (plan.services.length > 0) {
      s.log.phaseStart(`services (${plan.services.length})`);
      serviceReports = await services.startAll(plan.services, s.signal);
      const bad = serviceReports.find((r) => !r.ready);
      if (bad) haltReason = `service ${bad.name} ${bad.detail}`;
      else if (serviceReports.length < plan.services.length) haltReason = "services were not all started";
      s.log.phaseEnd("services", !haltReason, haltReason ?? serviceReports.map((r) => `${r.name} ready${r.readyAfterMs !== void 0 ? ` in ${formatDuration(r.readyAfterMs)}` : ""}`).join(", "));
    }
    if (!haltReason && plan.preflight.length > 0) {
      s.log.phaseStart(`preflight (${plan.preflight.length} checks)`);
      preflight = await runPreflight(plan.preflight, { env: s.env, cwd: s.workspace, redactor, signal: s.signal });
      const failed = preflight.checks.filter((c) => !c.ok);
      if (failed.length) haltReason = `preflight failed: ${failed.map((c) => `${c.type} ${c.target}: ${c.detail}`).join("; ")}`;
      for (const c of preflight.checks) s.log.info(`  ${c.ok ? "ok  " : "FAIL"} ${c.type} ${c.target} \u2014 ${c.detail}`);
      s.log.phaseEnd("preflight", failed.length === 0, `${preflight.checks.length - failed.length} of ${preflight.checks.length} passed`);
    }
    if (!haltReason) {
      const handles = services.handles();
      for (const job2 of plan.jobs) {
        if (s.signal.aborted) break;
        results.push(await runJob(job2, plan, { ...s, evidence, redactor, handles }));
      }
    }
  } finally {
    if (plan.services.length > 0) await services.stopAll();
  }
  if (s.signal.aborted && !haltReason) haltReason = "interrupted (SIGINT/SIGTERM); jobs not run are missing";
  const zipPath = path4.join(outDir, BUNDLE_NAME);
  const bundle = new BundleWriter(zipPath, stagingDir, run.startedAt);
  bundle.add(evidence.seal());
  const metrics = collectMetrics(plan, results);
  const gates = evaluateGates(metrics, plan.gates);
  if (haltReason && results.length === 0) {
    gates.decision = "NO-GO";
    gates.headline = `halted before any job \u2014 ${haltReason}`;
  }
  run.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
  const record = redactDeep({
    schemaVersion: 1,
    tool: TOOL,
    manifest: { file: s.manifestFile, name: plan.name },
    run,
    status: haltReason && results.length === 0 ? "halted" : "completed",
    ...haltReason ? { haltReason } : {},
    services: serviceReports,
    preflight,
    results,
    metrics,
    gates
  }, redactor);
  record.bundle = { name: BUNDLE_NAME, path: path4.relative(s.workspace, zipPath), files: 0 };
  try {
    await writeReports(record, plan, evidence, redactor);
    record.bundle.files = evidence.list().length + 1;
    bundle.add(evidence.seal());
  } catch (err) {
    await bundle.abort();
    throw err;
  }
  const { zipSha256 } = await bundle.finish({ tool: TOOL, manifest: record.manifest, run, decision: gates.decision, headline: gates.headline });
  return { plan, record, zipPath, zipSha256, stagingDir, redactor };
}
async function runJob(job2, plan, s) {
  const { plan: p, module } = job2;
  const integration = plan.integrations.find((i) => i.name === p.integration);
  const service = integration?.service ? s.handles.get(integration.service) : void 0;
  const ctx = {
    workspace: s.workspace,
    integration: p.integration,
    jobId: p.jobId,
    evidenceDir: p.evidenceDir,
    evidence: s.evidence,
    redactor: s.redactor,
    log: s.log,
    signal: s.signal,
    env: s.env,
    ...service ? { service } : {}
  };
  const started = Date.now();
  s.log.phaseStart(`${p.jobId} \u2014 ${p.title}`);
  let result;
  try {
    result = await module.run(p, ctx);
  } catch (err) {
    const message = s.redactor.redact(errorMessage(err));
    result = {
      kind: p.kind,
      jobId: p.jobId,
      integration: p.integration,
      title: p.title,
      status: "errored",
      error: `job crashed: ${message}`,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      metrics: {},
      findings: [{ level: "failure", title: `${p.jobId} crashed`, message }],
      facts: [],
      evidence: []
    };
  }
  const summary = result.error ?? result.facts.map(([k, v]) => `${k} ${v}`).join(", ");
  s.log.phaseEnd(p.jobId, result.status === "passed", `${result.status} in ${formatDuration(result.durationMs)}${summary ? `; ${summary}` : ""}`);
  return result;
}
function collectMetrics(plan, results) {
  const metrics = {};
  for (const module of JOB_KINDS) {
    const planned = plan.jobs.some((j) => j.module === module);
    if (!planned) continue;
    Object.assign(metrics, module.metrics(results.filter((r) => r.kind === module.kind)));
  }
  return metrics;
}
function redactingLogger(log, redactor) {
  const r = (m) => redactor.redact(m);
  return {
    info: (m) => log.info(r(m)),
    warn: (m) => log.warn(r(m)),
    progress: (m) => log.progress(r(m)),
    phaseStart: (name) => log.phaseStart(r(name)),
    phaseEnd: (name, ok, detail) => log.phaseEnd(r(name), ok, r(detail))
  };
}
function redactDeep(value, redactor) {
  if (!redactor.active) return value;
  const walk = (v) => {
    if (typeof v === "string") return redactor.redact(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [redactor.redact(k), walk(x)]));
    }
    return v;
  };
  return walk(value);
}
async function writeReports(record, plan, evidence, redactor) {
  const meta = (kind) => ({ kind, producer: "run" });
  const json = (v) => redactor.redact(`${JSON.stringify(v, null, 2)}
`);
  await evidence.writeText("environment-validation-report.json", json({ ok: record.preflight.ok && record.services.every((x) => x.ready), services: record.services, preflight: record.preflight }), meta("result"));
  await evidence.writeText("tests/test-execution-report.json", json(executionReport(record)), meta("result"));
  const critical = new Set(plan.integrations.filter((i) => i.critical).map((i) => i.name));
  await evidence.writeText("defect-log.csv", redactor.redact(defectLogCsv(record, critical)), meta("result"));
  await evidence.writeText("gates/gate-report.json", json(record.gates), meta("result"));
  await evidence.writeText("gates/junit.xml", redactor.redact(gatesJUnit(record.gates, plan.name)), meta("result"));
  await evidence.writeText("integration-signoff.json", json(signoff(record)), meta("result"));
  await evidence.writeText("forward-recommendations.md", redactor.redact(forwardRecommendations(record)), meta("report"));
  await evidence.writeText("report/index.html", redactor.redact(renderHtml(record)), meta("report"));
  await evidence.writeText("run.json", json(record), meta("result"));
}

export {
  TOOL,
  BUNDLE_NAME,
  runPipeline,
  collectMetrics,
  redactDeep
};
//# sourceMappingURL=chunk-USTLJBAM.js.map
