// The boundary between the public export functions and the exporters: the API never throws,
// and a stream that failed while being written is an error even when the exporter succeeded.
#ifndef STEPPE_ENGINE_EXPORT_RUN_EXPORT_HPP_
#define STEPPE_ENGINE_EXPORT_RUN_EXPORT_HPP_

#include <exception>
#include <initializer_list>
#include <new>
#include <ostream>
#include <string>

#include "steppe/status.hpp"

namespace steppe::engine {

template <typename Export>
Status runExport(Export exportTo, std::initializer_list<const std::ostream*> outputs) {
    try {
        Status status = exportTo();
        for (const std::ostream* out : outputs) {
            if (status.ok() && !*out) {
                return Status::ioError("the export could not be written: the output failed");
            }
        }
        return status;
    } catch (const std::bad_alloc&) {
        return Status::ioError("out of memory while exporting");
    } catch (const std::exception& e) {
        return Status::internal(std::string("unexpected error while exporting: ") + e.what());
    }
}

} // namespace steppe::engine

#endif // STEPPE_ENGINE_EXPORT_RUN_EXPORT_HPP_
